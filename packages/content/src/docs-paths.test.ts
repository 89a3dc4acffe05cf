// Every repository path the docs name exists. A path is read from inline code and from link targets (fenced
// examples are left out) when it has a `/` and a file extension, ends in `/`, or starts with a top-level folder of
// the repository. It is looked up from the repository root, from the doc's own folder and from the workspace the
// doc belongs to, so a package's README may name `src/...`; a doc outside that workspace names the path in full.
// URLs, routes (`/es/...`), import specifiers (`@clinic/...`), globs, placeholders (`<data>/...`) and folders that
// only exist at run or build time (`.data/`, `dist/`, `.next/`) are not repository paths.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const topLevel = new Set(readdirSync(repoRoot).filter((name) => !name.startsWith('.')));
const workspaces = [
  'apps/web',
  'sanity',
  ...readdirSync(path.join(repoRoot, 'packages')).map((name) => `packages/${name}`),
];
const RUNTIME_FOLDERS = new Set([
  '.data',
  'dist',
  '.next',
  '.sanity',
  'node_modules',
  'test-results',
  'coverage',
]);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || RUNTIME_FOLDERS.has(entry.name)) return [];
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return entry.name.endsWith('.md') ? [file] : [];
  });
}

/** True for text that names a file or folder of the repository rather than a URL, a route or a placeholder. */
function looksLikeRepoPath(text: string): boolean {
  if (!text.includes('/') || /\s/.test(text)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/') || text.startsWith('@')) return false;
  if (/[*<>{}$?#=…,;:'"|\\]|\.\.\.|->/.test(text)) return false;
  const segments = text.replace(/\/$/, '').split('/');
  if (segments.some((segment) => RUNTIME_FOLDERS.has(segment))) return false;
  return text.endsWith('/') || /\.[a-z0-9]+$/i.test(segments.at(-1)!) || topLevel.has(segments[0]!);
}

/** The paths a markdown text names: inline code and link targets, outside fenced code blocks. */
function namedPaths(markdown: string): string[] {
  const prose = markdown.replace(/^ *(```|~~~)[\s\S]*?^ *\1/gm, '');
  const named = new Set<string>();
  for (const [, code] of prose.matchAll(/`([^`\n]+)`/g)) named.add(code!);
  for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) named.add(target!.replace(/#.*$/, ''));
  return [...named].filter(looksLikeRepoPath);
}

describe('paths named in the docs', () => {
  it('reads paths, not URLs, routes, specifiers or placeholders', () => {
    expect(
      namedPaths(
        [
          'See `apps/web/src/data/site.ts`, `sanity/`, `src/proxy.ts` and [the model](docs/content-model.md#clinic).',
          '`https://example.com/a.ts`, `/es/articulos`, `@clinic/content/phone`, `<data>/users.json`, `src/**/*.ts`,',
          '`.data/lake`, `sanity/dist/`, `application/json`, `npm run bench:load`, [Mutate](https://www.sanity.io/docs).',
          '```sh',
          'node scripts/not-a-doc-path.mjs `scripts/not-either.mjs`',
          '```',
        ].join('\n'),
      ),
    ).toEqual(['apps/web/src/data/site.ts', 'sanity/', 'src/proxy.ts', 'docs/content-model.md']);
  });

  it('all exist', () => {
    const docs = markdownFiles(repoRoot);
    expect(docs.map((doc) => path.relative(repoRoot, doc))).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/architecture.md',
        'packages/content/README.md',
        'scripts/load/README.md',
      ]),
    );
    const missing: string[] = [];
    for (const doc of docs) {
      const workspace = workspaces.find((folder) => doc.startsWith(path.join(repoRoot, folder) + path.sep));
      const bases = [repoRoot, path.dirname(doc), ...(workspace ? [path.join(repoRoot, workspace)] : [])];
      for (const named of namedPaths(readFileSync(doc, 'utf8')))
        if (!bases.some((base) => existsSync(path.join(base, named))))
          missing.push(`${path.relative(repoRoot, doc)}: ${named}`);
    }
    if (missing.length > 0)
      throw new Error(`Paths named in the docs that do not exist:\n  ${missing.join('\n  ')}`);
  });
});
