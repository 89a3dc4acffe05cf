// Shared Jest settings. Sanity, groq-js and @sanity/client ship only as ES modules, so tests run in Jest's
// native ESM mode (NODE_OPTIONS=--experimental-vm-modules) and swc keeps `import`/`export` as they are.
export function jestConfig({ environment = 'node', roots = ['<rootDir>/src'], ...rest } = {}) {
  return {
    testEnvironment: environment,
    roots,
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2023',
          },
          module: { type: 'es6' },
        },
      ],
    },
    // Workspace packages and a few dependencies are published as untranspiled ESM; let swc read them too.
    transformIgnorePatterns: ['/node_modules/(?!(@clinic)/)'],
    testMatch: ['**/*.test.ts', '**/*.test.tsx'],
    ...rest,
  };
}
