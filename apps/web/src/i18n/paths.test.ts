/** @jest-environment node */
// The search pages' cache headers in next.config.ts reach the search page of every language and no other page:
// the route source is built from the route table, and checked here with Next's own path matcher. And the route
// table (shared with the Studio's Presentation tool) names only pages the site has.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOT_FOUND_PAGES, UNAVAILABLE_PAGES } from '@/shell/status-pages';
import { LOCALES } from './locales.ts';
import { articlePath, sectionPath, sectionPaths, sectionSource, type Section } from './paths.ts';

const SECTIONS = [
  'home',
  'articles',
  'benefits',
  'contact',
  'feed',
  'search',
  'llms',
  'editorialPolicy',
] as const satisfies readonly Section[];
const matches = (source: string, pathname: string) => getPathMatch(source)(pathname) !== false;

describe('sectionSource', () => {
  it('matches /search and /es/buscar', () => {
    expect(matches(sectionSource('search'), '/search')).toBe(true);
    expect(matches(sectionSource('search'), '/es/buscar')).toBe(true);
  });

  it.each(SECTIONS.filter((section) => section !== 'home'))(
    'matches the %s page in every language and no other page of the site',
    (section) => {
      const source = sectionSource(section);
      for (const locale of LOCALES) expect(matches(source, sectionPath(locale, section))).toBe(true);
      const others = SECTIONS.filter((other) => other !== section).flatMap((other) =>
        Object.values(sectionPaths(other)),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...LOCALES),
          fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/),
          fc.constantFrom(...others),
          (locale, slug, other) => {
            expect(matches(source, other)).toBe(false);
            expect(matches(source, articlePath(locale, slug))).toBe(false);
            expect(matches(source, `${sectionPath(locale, section)}/${slug}`)).toBe(false);
            expect(matches(source, `${sectionPath(locale, section)}-${slug}`)).toBe(false);
          },
        ),
      );
    },
  );
});

describe('next.config.ts', () => {
  it('sends the shared-cache Cache-Control on the search page of every language, from the route table', async () => {
    const { default: nextConfig } = await import('../../next.config.ts');
    const headers = (await nextConfig(PHASE_DEVELOPMENT_SERVER).headers?.()) ?? [];
    const cacheControlSources = headers
      .filter((rule) => rule.headers.some((header) => header.key === 'Cache-Control'))
      .map((rule) => rule.source);
    for (const locale of LOCALES) {
      const path = sectionPath(locale, 'search');
      expect([path, cacheControlSources.some((source) => matches(source, path))]).toEqual([path, true]);
    }
    for (const locale of LOCALES) {
      const path = sectionPath(locale, 'articles');
      expect([path, cacheControlSources.some((source) => matches(source, path))]).toEqual([path, false]);
    }
  });
});

/**
 * The site's routes as Next's App Router reads `src/app`: each folder holding a `page.tsx` or `route.ts`, route
 * groups `(name)` left out, `[param]` a single segment. Catch-all routes (`[...name]`) would be left out: they
 * answer any path, and a path of the route table must have a page of its own.
 */
function appRoutes(): RegExp[] {
  const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
  const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /(^|[\\/])(page\.tsx|route\.ts)$/.test(file),
  );
  return files
    .map((file) =>
      relative(appDir, join(appDir, dirname(file)))
        .split(sep)
        .filter(Boolean),
    )
    .filter((segments) => !segments.some((segment) => segment.startsWith('[...')))
    .map((segments) => segments.filter((segment) => !/^\(.*\)$/.test(segment)))
    .map((segments) =>
      segments.map((segment) => (/^\[.+\]$/.test(segment) ? '[^/]+' : segment.replace(/\./g, '\\.'))),
    )
    .map((segments) => new RegExp(`^/${segments.join('/')}$`));
}

describe('the route table', () => {
  const routes = appRoutes();
  const served = (path: string) => routes.some((route) => route.test(path));

  it('names pages the site has: every section and any article in every language has its own route in src/app', () => {
    expect(served('/es/articulos/ketamine-faq')).toBe(true);
    expect(served('/es/no-such-section')).toBe(false);
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/),
        (locale, slug) => {
          for (const section of SECTIONS)
            expect([sectionPath(locale, section), served(sectionPath(locale, section))]).toEqual([
              sectionPath(locale, section),
              true,
            ]);
          expect([articlePath(locale, slug), served(articlePath(locale, slug))]).toEqual([
            articlePath(locale, slug),
            true,
          ]);
        },
      ),
    );
  });
});

describe('the not-found and unavailable pages', () => {
  const routes = appRoutes();
  const served = (path: string) => routes.some((route) => route.test(path));

  it('exist as pages in every language', () => {
    for (const locale of LOCALES) expect([NOT_FOUND_PAGES[locale], UNAVAILABLE_PAGES[locale]].map(served)).toEqual([true, true]);
  });

  it("receive every address no route has, in the address's language", async () => {
    const { default: nextConfig } = await import('../../next.config.ts');
    const rewrites = await nextConfig(PHASE_DEVELOPMENT_SERVER).rewrites?.();
    const fallback = (rewrites && !Array.isArray(rewrites) ? rewrites.fallback : undefined) ?? [];
    const destinationOf = (path: string) => fallback.find((rule) => matches(rule.source, path))?.destination;
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 4 }), (segments) => {
        const path = `/${segments.join('/')}`;
        fc.pre(!served(path) && !served(`/es${path}`));
        expect(destinationOf(path)).toBe(NOT_FOUND_PAGES[path === '/es' || path.startsWith('/es/') ? 'es' : 'en']);
        expect(destinationOf(`/es${path}`)).toBe(NOT_FOUND_PAGES.es);
      }),
    );
  });
});
