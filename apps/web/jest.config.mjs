import { jestConfig } from '../../jest.preset.mjs';

// Component tests render React in jsdom; browser tests (e2e/) run under Playwright instead.
export default jestConfig({
  environment: 'jsdom',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  setupFiles: ['<rootDir>/src/test/setup.ts'],
});
