// The Presentation tool and the site agree on addresses: every page the Studio lists under a document is the
// site's own route for it in the document's language (the site's route table, `@clinic/content/routes`), and
// every page it opens maps back, through the main-document routes, to that very document and not to its
// translation. Routes are matched with path-to-regexp's `match` and the filter is run with groq-js, as the
// Presentation tool does (sanity/lib PresentationToolGrantsCheck: getRouteContext, getQueryFromResult).
import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_LANGUAGE,
  SITE_LANGUAGE_CODES,
  siteSettingsId,
  type SiteLanguage,
} from '@clinic/content/languages';
import { articlePath, SECTION_NAMES, sectionPath, sectionPaths } from '@clinic/content/routes';
import { SLUG_PATTERN } from '@clinic/content/rules';
import fc from 'fast-check';
import { queryInMemory } from '@clinic/content/testing/memory-fetcher';
import { match } from 'path-to-regexp';
import type {
  DocumentLocationResolverObject,
  DocumentLocationsState,
  DocumentResolver,
} from 'sanity/presentation';
import { NOT_ON_SITE_WITHOUT_SLUG, resolve } from '../presentation/resolve.ts';

type Doc = { _id: string; _type: string; language?: string; title?: string; slug?: { current: string } };

const language = fc.constantFrom(...SITE_LANGUAGE_CODES);
const slug = fc.stringMatching(SLUG_PATTERN);
/** The `language` field as stored: English documents from before translations have none. */
const storedLanguage = (code: SiteLanguage) =>
  code === DEFAULT_LANGUAGE ? fc.constantFrom(undefined, code) : fc.constant(code);
const otherLanguage = (code: SiteLanguage) => SITE_LANGUAGE_CODES.find((candidate) => candidate !== code)!;

/** What the Presentation tool lists under a document of `type` whose selected fields are `value`. */
function locate(
  type: keyof typeof resolve.locations,
  value: Record<string, unknown>,
): DocumentLocationsState | null | undefined | void {
  const resolver: DocumentLocationResolverObject | DocumentLocationsState = resolve.locations[type];
  if (!('resolve' in resolver)) throw new Error(`${type} locations are fixed, not resolved per document`);
  return resolver.resolve(value);
}
const hrefs = (state: DocumentLocationsState | null | undefined | void) =>
  (state?.locations ?? []).map((location) => location.href);
/** Every page of the site in `code`: its sections and the article at `slug`. */
const pagesIn = (code: SiteLanguage, articleSlug?: string) => [
  ...SECTION_NAMES.map((section) => sectionPath(code, section)),
  ...(articleSlug ? [articlePath(code, articleSlug)] : []),
];

/** The document the Presentation tool takes as the main document of `pathname` in `dataset`, or null. */
async function mainDocumentOf(pathname: string, dataset: Doc[]): Promise<Doc | null> {
  for (const resolver of resolve.mainDocuments as DocumentResolver[]) {
    const routes = Array.isArray(resolver.route) ? resolver.route : [resolver.route];
    for (const route of routes) {
      const result = match(route, { decode: decodeURIComponent })(pathname);
      if (!result) continue;
      const context = {
        origin: 'http://127.0.0.1',
        params: result.params as Record<string, string>,
        path: result.path,
      };
      const found = resolver.resolve!(context);
      if (!found) return null;
      const params = found.params ?? {};
      return queryInMemory<Doc | null>(`*[${found.filter}][0]{_id, _type}`, params, dataset);
    }
  }
  return null;
}

describe('Presentation tool locations', () => {
  it('opens a Spanish article at /es/articulos/<slug> and an English one at /articles/<slug>', () => {
    const article = (language?: string) =>
      hrefs(locate('article', { title: 'T', slug: 'ketamine-faq', language }));
    expect(article('es')).toEqual(['/es/articulos/ketamine-faq', '/es/articulos', '/es']);
    expect(article(undefined)).toEqual(['/articles/ketamine-faq', '/articles', '/']);
    expect(hrefs(locate('benefit', { language: 'es' }))).toEqual(['/es/beneficios', '/es']);
  });

  it('lists no page for an article without a URL slug, such as a brand-new draft, and says why', () => {
    for (const language of [undefined, 'es']) {
      const state = locate('article', { title: language ? 'Nuevo' : undefined, slug: undefined, language });
      expect(hrefs(state)).toEqual([]);
      expect(state).toMatchObject({ message: NOT_ON_SITE_WITHOUT_SLUG, tone: 'caution' });
    }
  });

  it("lists for any article, benefit and site settings only the site's pages in the document's language", () => {
    fc.assert(
      fc.property(
        language.chain((code) => fc.record({ code: fc.constant(code), stored: storedLanguage(code) })),
        slug,
        fc.string(),
        ({ code, stored }, articleSlug, title) => {
          const article = hrefs(locate('article', { title, slug: articleSlug, language: stored }));
          expect(article).toEqual([
            articlePath(code, articleSlug),
            sectionPath(code, 'articles'),
            sectionPath(code, 'home'),
          ]);
          const benefit = hrefs(locate('benefit', { language: stored }));
          expect(benefit).toEqual([sectionPath(code, 'benefits'), sectionPath(code, 'home')]);
          const settings = hrefs(locate('siteSettings', { language: stored }));
          expect(settings).toEqual([sectionPath(code, 'home')]);
          for (const href of [...article, ...benefit, ...settings]) {
            expect(pagesIn(otherLanguage(code), articleSlug)).not.toContain(href);
          }
        },
      ),
    );
  });

  it('lists an untranslated clinic on the contact page of every language', () => {
    const contact = hrefs(locate('clinic', { name: 'Propel' }));
    expect(contact).toEqual(expect.arrayContaining(Object.values(sectionPaths('contact'))));
  });

  it('lists no page for a document in a language the site is not published in, and says why', () => {
    fc.assert(
      fc.property(
        fc
          .string()
          .filter((value) => value !== '' && !(SITE_LANGUAGE_CODES as readonly string[]).includes(value)),
        slug,
        (stored, articleSlug) => {
          for (const state of [
            locate('article', { title: 'T', slug: articleSlug, language: stored }),
            locate('benefit', { language: stored }),
            locate('siteSettings', { language: stored }),
          ]) {
            expect(hrefs(state)).toEqual([]);
            expect(state?.message).toContain(JSON.stringify(stored));
          }
        },
      ),
    );
  });
});

describe('Presentation tool main documents', () => {
  const settings: Doc[] = SITE_LANGUAGE_CODES.map((code) => ({
    _id: siteSettingsId(code),
    _type: 'siteSettings',
    ...(code === DEFAULT_LANGUAGE ? {} : { language: code }),
  }));

  it('maps every article page the Studio opens back to that article, not to its translation with the same slug', async () => {
    await fc.assert(
      fc.asyncProperty(
        language.chain((code) => fc.record({ code: fc.constant(code), stored: storedLanguage(code) })),
        slug,
        fc.boolean(),
        async ({ code, stored }, articleSlug, translationSharesSlug) => {
          const article: Doc = {
            _id: `article-${code}`,
            _type: 'article',
            ...(stored ? { language: stored } : {}),
            slug: { current: articleSlug },
          };
          const other = otherLanguage(code);
          const translation: Doc = {
            _id: `article-${other}`,
            _type: 'article',
            language: other,
            slug: { current: translationSharesSlug ? articleSlug : `${articleSlug}-x` },
          };
          const dataset = [translation, article, ...settings];
          const [page] = hrefs(locate('article', { title: 'T', slug: articleSlug, language: stored }));
          expect(page).toBe(articlePath(code, articleSlug));
          expect(await mainDocumentOf(page!, dataset)).toEqual({ _id: article._id, _type: 'article' });
          // The same slug in the other language's address is the translation's page, or no page at all.
          expect(await mainDocumentOf(articlePath(other, articleSlug), dataset)).toEqual(
            translationSharesSlug ? { _id: translation._id, _type: 'article' } : null,
          );
        },
      ),
    );
  });

  it("maps each language's home page to that language's site settings, and list pages to no document", async () => {
    for (const code of SITE_LANGUAGE_CODES) {
      expect(await mainDocumentOf(sectionPath(code, 'home'), settings)).toEqual({
        _id: siteSettingsId(code),
        _type: 'siteSettings',
      });
      for (const section of SECTION_NAMES.filter((name) => name !== 'home')) {
        expect([section, await mainDocumentOf(sectionPath(code, section), settings)]).toEqual([
          section,
          null,
        ]);
      }
    }
  });
});
