import { jestConfig } from '../../jest.preset.mjs';

// The lake runs as a child process in the tests (real HTTP, real SQLite files), so tests can take a few seconds.
export default jestConfig({ roots: ['<rootDir>/test'], testTimeout: 60_000 });
