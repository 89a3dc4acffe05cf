// The lake's import rules (docs/architecture.md, "What each part may import"), checked by test/layers.test.ts and
// by `npx depcruise --config .dependency-cruiser.mjs src` from packages/local-lake.
//
// Its layers import one way: http → write → groq → store. store/ keeps documents, history and assets in SQLite
// and knows nothing of queries, writes or requests; groq/ evaluates queries over the store's documents; write/
// turns mutations and actions into transactions (selecting targets by query through groq/); http/ answers
// requests, streams (listen, live events) included. The files at the top of src/ (index.ts starting the lake,
// config, auth, users, ...) and addons/, presence/ and webhooks/ sit beside http and may use every layer.

const under = (folders) => `^src/(${folders.join('|')})/`;
/** Folders above the three lower layers. */
const ABOVE = ['http', 'addons', 'presence', 'webhooks'];
/** The modules that start and compose the lake, run it as a process, or import into it. */
const COMPOSITION = '^src/(index|cli|process|import)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'store-is-the-bottom-layer',
      comment:
        'store/ (SQLite, documents, history, assets, ids) is what every layer reads and writes through, so it ' +
        'imports none of them: no query evaluation, no write rules, no HTTP.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: [under(['groq', 'write', ...ABOVE]), COMPOSITION] },
    },
    {
      name: 'groq-uses-only-store',
      comment:
        'groq/ evaluates queries over the stored documents. Writes select their targets by query through it, so ' +
        'it imports neither write/ nor anything that answers requests.',
      severity: 'error',
      from: { path: '^src/groq/' },
      to: { path: [under(['write', ...ABOVE]), COMPOSITION] },
    },
    {
      name: 'write-uses-groq-and-store',
      comment: 'write/ builds transactions from mutations and actions; requests come to it from http/, never the reverse.',
      severity: 'error',
      from: { path: '^src/write/' },
      to: { path: [under(ABOVE), COMPOSITION] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle of runtime imports between modules (type-only imports are erased and do not count).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
