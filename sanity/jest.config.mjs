import { jestConfig } from '../jest.preset.mjs';

// Validation tests load the whole Studio schema and the seed dataset; give them room on a slow machine.
export default jestConfig({ roots: ['<rootDir>/test'], testTimeout: 60_000 });
