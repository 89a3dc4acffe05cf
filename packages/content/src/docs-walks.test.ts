// The walks of docs/architecture.md are checked against the code, so that they stay what a new engineer can follow.
//
// A walk is a numbered list whose items each start with a file's path. Its count ("Fourteen files") is the number of
// items. A walk whose introduction names root files is an import walk: starting at those roots (where each program
// loads the value's path: the Studio's schema list, the site's root layouts), an import is followed when it imports
// a name the walk gives in backticks (or a listed file's own name, `SiteHeader` for `SiteHeader.tsx`), to the file
// that declares that name. The files reached must be exactly the files listed: a file the value now passes through
// and the walk leaves out fails it, as does a listed file nothing reaches any more. Each name a step gives must also
// appear in that step's file, so a renamed function is renamed in the walk too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { followNamedImports } from '../../../scripts/lib/import-walk.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const architecture = readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');

const COUNT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

interface WalkStep {
  file: string;
  /** Identifiers the step's text gives in backticks, other than its path. */
  names: string[];
}

interface Walk {
  title: string;
  introduction: string;
  roots: string[];
  steps: WalkStep[];
}

function codeSpans(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)].map(([, code]) => code!);
}

function isRepoPath(code: string): boolean {
  return /^[\w.()[\]-]+\/[\w./()[\]-]+\.[a-z]+$/i.test(code);
}

function identifiersIn(code: string): string[] {
  return [...code.replace(/(['"]).*?\1/g, ' ').matchAll(/[A-Za-z_$][\w$]*/g)].map(([name]) => name);
}

/** The walks of a markdown text: each `## Walk …` section, its introduction, roots and numbered steps. */
function walksOf(markdown: string): Walk[] {
  return markdown
    .split(/^## /m)
    .filter((section) => section.startsWith('Walk '))
    .map((section) => {
      const [title = '', ...rest] = section.split('\n');
      const body = rest.join('\n');
      const firstStep = body.search(/^1\. /m);
      const introduction = body.slice(0, firstStep).trim();
      const list = body.slice(firstStep).split(/\n\n(?! )/)[0]!;
      const steps = list.split(/^(?=\d+\. )/m).map((item) => {
        const [file, ...others] = codeSpans(item);
        return { file: file!, names: others.filter((code) => !isRepoPath(code)).flatMap(identifiersIn) };
      });
      return { title, introduction, roots: codeSpans(introduction).filter(isRepoPath), steps };
    });
}

const walks = walksOf(architecture);
const importWalks = walks.filter((walk) => walk.roots.length > 0);

describe('the walks of docs/architecture.md', () => {
  it('are read from the doc, the phone walk as an import walk', () => {
    expect(walks.map((walk) => walk.title)).toEqual([
      expect.stringMatching(/^Walk 1: .*phone number/),
      expect.stringMatching(/^Walk 2: .*field to articles/),
    ]);
    expect(importWalks.map((walk) => walk.title)).toEqual([walks[0]!.title]);
  });

  it.each(walks.map((walk) => [walk.title, walk] as const))(
    '%s: the count it states is its number of steps',
    (_, walk) => {
      const stated = COUNT_WORDS.indexOf(walk.introduction.split(/\s/)[0]!.toLowerCase());
      expect(stated).toBe(walk.steps.length);
      expect(new Set(walk.steps.map((step) => step.file)).size).toBe(walk.steps.length);
    },
  );

  it.each(importWalks.map((walk) => [walk.title, walk] as const))(
    '%s: lists exactly the files its imports reach',
    (_, walk) => {
      const names = new Set(walk.steps.flatMap((step) => step.names));
      for (const { file } of walk.steps) names.add(path.basename(file).replace(/\.[a-z]+$/, ''));
      const reached = followNamedImports(
        walk.roots.map((root) => path.join(repoRoot, root)),
        names,
      );
      const found = [...reached].map((file) => path.relative(repoRoot, file)).sort();
      expect(found).toEqual(walk.steps.map((step) => step.file).sort());
    },
  );

  it.each(importWalks.map((walk) => [walk.title, walk] as const))(
    '%s: each name a step gives appears in its file',
    (_, walk) => {
      const missing = walk.steps.flatMap(({ file, names }) => {
        const words = new Set(readFileSync(path.join(repoRoot, file), 'utf8').match(/[A-Za-z_$][\w$]*/g));
        return names.filter((name) => !words.has(name)).map((name) => `${file}: ${name}`);
      });
      expect(missing).toEqual([]);
    },
  );
});

describe('an import walk (the check itself)', () => {
  it('reads steps, their names and the roots of a walk', () => {
    const [walk] = walksOf(
      [
        '## Walk 9: a sample',
        '',
        'Two files, from `apps/web/src/app/(en)/layout.tsx`:',
        '',
        '1. `apps/web/src/shell/SiteDocument.tsx` — calls `getSiteChrome(locale)`, see `docs/content-model.md`.',
        '2. `apps/web/src/shell/site-chrome-loader.ts` — `fetchSiteChrome` with',
        '   `contentFetcher`.',
        '',
        'After the list.',
      ].join('\n'),
    );
    expect(walk).toEqual({
      title: 'Walk 9: a sample',
      introduction: 'Two files, from `apps/web/src/app/(en)/layout.tsx`:',
      roots: ['apps/web/src/app/(en)/layout.tsx'],
      steps: [
        { file: 'apps/web/src/shell/SiteDocument.tsx', names: ['getSiteChrome', 'locale'] },
        { file: 'apps/web/src/shell/site-chrome-loader.ts', names: ['fetchSiteChrome', 'contentFetcher'] },
      ],
    });
  });

  it('follows only the named imports, through re-exports to the declaring file', () => {
    const reached = followNamedImports(
      [path.join(repoRoot, 'apps/web/src/shell/site-chrome-loader.ts')],
      new Set(['fetchSiteChrome']),
    );
    // `fetchSiteChrome` is imported from the root of `@clinic/content`, which re-exports it from the clinic unit.
    expect([...reached].map((file) => path.relative(repoRoot, file))).toEqual([
      'packages/content/src/clinic/clinic.ts',
    ]);
  });

  it('leaves libraries out, and fails loudly when a followed name is declared nowhere', () => {
    // site-chrome-loader.ts imports `cache` from React: a library, not a file of the walk.
    expect(
      followNamedImports(
        [path.join(repoRoot, 'apps/web/src/shell/site-chrome-loader.ts')],
        new Set(['cache']),
      ),
    ).toEqual(new Set());
    const dir = mkdtempSync(path.join(tmpdir(), 'import-walk-'));
    writeFileSync(path.join(dir, 'a.ts'), "import { renamed } from './b.ts';\nexport const a = renamed;\n");
    writeFileSync(path.join(dir, 'b.ts'), 'export const newName = 1;\n');
    expect(() => followNamedImports([path.join(dir, 'a.ts')], new Set(['renamed']))).toThrow(
      /declares no 'renamed'/,
    );
    rmSync(dir, { recursive: true });
  });
});
