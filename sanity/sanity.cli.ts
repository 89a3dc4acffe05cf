// Settings for the `sanity` command line: which project it talks to, the dev server, schema extraction and
// TypeGen (which writes the query result types into packages/content).
import { defineCliConfig } from 'sanity/cli';
import { backend } from './env.ts';
import { offlineStudioPlugin } from './offline/vitePlugin.ts';

export default defineCliConfig({
  api: { projectId: backend.projectId, dataset: backend.dataset },
  server: { hostname: '127.0.0.1', port: 3333 },
  // Auto-updates would load the Studio from Sanity's CDN at runtime; the build must work offline.
  deployment: { autoUpdates: false },
  // With the local lake the Studio loads nothing from Sanity's CDN or font hosts (see offline/).
  vite: (config) =>
    backend.kind === 'local' ? { ...config, plugins: [...(config.plugins ?? []), offlineStudioPlugin()] } : config,
  schemaExtraction: { path: 'schema.json' },
  typegen: {
    path: '../packages/content/src/**/*.ts',
    schema: 'schema.json',
    generates: '../packages/content/src/generated/sanity.types.ts',
    overloadClientMethods: false,
  },
});
