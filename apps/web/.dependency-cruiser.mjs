// The site's import rules (docs/architecture.md, "What each part may import"), checked by
// src/architecture.test.ts and by `npx depcruise --config .dependency-cruiser.mjs src` from apps/web.
//
// src/ is arranged by content unit: each unit folder holds its views, components and data loaders. Beside them
// sit the site shell (layout, header, footer, status pages), shared UI, SEO helpers, languages, the content
// client and the proxy's HTTP helpers. app/ holds thin route files that import a unit's view and loader.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/** Folders of one content unit each. */
const UNITS = ['article', 'benefit', 'clinic', 'editorial-policy', 'feeds', 'home', 'search', 'revalidate'];
/** Folders every unit may use, which use no unit themselves. */
const SHARED = ['ui', 'seo', 'i18n', 'content-client', 'env', 'http'];

const under = (folders) => `^src/(${folders.join('|')})/`;
/** Tests render several units together and read fixtures, so the layering rules are for the code they test. */
const NOT_TESTS = ['\\.test\\.tsx?$', '^src/test/'];

/**
 * The files that start with the 'use client' directive: Next bundles them, and everything they import, for the
 * browser. dependency-cruiser reads imports, not directives, so they are listed here by reading each file's
 * first statement.
 */
function clientComponents(dir = path.join(webRoot, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientComponents(file);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    const firstStatement = readFileSync(file, 'utf8').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
    return /^['"]use client['"]/.test(firstStatement)
      ? [path.relative(webRoot, file).split(path.sep).join('/')]
      : [];
  });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const clientFiles = clientComponents();

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-studio',
      comment:
        'The site never imports the Studio: not the top-level sanity/ folder (@clinic/studio) nor the `sanity` ' +
        "package's Studio entry. Content comes through @clinic/content's fetch functions; next-sanity, " +
        '@sanity/client, @sanity/image-url, @sanity/preview-url-secret and @sanity/webhook are libraries, not the Studio.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^(\\.\\./)+sanity/', '^@clinic/studio(/|$)', '(^|/node_modules/)sanity(/|$)'] },
    },
    {
      name: 'no-import-from-app',
      comment:
        'app/ holds route files only: they import units and the shell, and nothing imports them back (a route ' +
        'file is an entry point Next loads, not a module to share).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle of runtime imports between modules (type-only imports are erased and do not count).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'shared-uses-no-unit',
      comment:
        'Shared folders (ui, seo, i18n, content-client, env, http) serve every unit and the shell, so they ' +
        'import neither a unit nor the shell.',
      severity: 'error',
      from: { path: under(SHARED), pathNot: NOT_TESTS },
      to: { path: [under(UNITS), '^src/shell/'] },
    },
    {
      name: 'shell-uses-only-clinic-and-search',
      comment:
        "The shell's header, footer, call bar and status pages show the clinic's calls to action and the search " +
        'form; no other unit belongs on every page.',
      severity: 'error',
      from: { path: '^src/shell/', pathNot: NOT_TESTS },
      to: { path: under(UNITS.filter((unit) => unit !== 'clinic' && unit !== 'search')) },
    },
    {
      name: 'client-bundle-without-contract-root',
      comment:
        "Client components (files starting with 'use client') and all they import go to the browser: they may " +
        "use @clinic/content's /urls, /taxonomy, /languages, /routes and /tags entries, never its root entry, " +
        'which holds zod and the queries. A type-only import of the root entry counts too (reachability does not ' +
        'tell import kinds apart), so client code takes its props already shaped by a server component.',
      severity: 'error',
      from: { path: clientFiles.length > 0 ? clientFiles.map((file) => `^${escape(file)}$`) : '^$' },
      to: { path: ['^@clinic/content$', '(^|/)packages/content/src/index\\.ts$'], reachable: true },
    },
  ],
  options: {
    // Workspace packages and libraries are leaves: the rules are about the site's own modules.
    doNotFollow: { path: ['node_modules', '^(\\.\\./)+(packages|sanity)/'] },
    exclude: { path: '^\\.next' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};

export { clientFiles };
