// Old article addresses lead to the current one in one hop, after any sequence of slug changes published the way
// the Studio publishes them (previousSlugsAfterPublish), and the sitemap lists only current addresses.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { previousSlugsAfterPublish, previousSlugsProblems } from '../rules/slug-history.ts';
import { fetchSitemapEntries } from '../sitemap/sitemap.ts';
import { CRPS_ARTICLE_ID, CRPS_SLUG, DEPRESSION_SLUG, SPANISH_PAIN_ARTICLE_ID, SPANISH_PAIN_SLUG } from '../testing/fixtures.ts';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  loadSeedDataset,
  seedDocument,
  withDocuments,
  withoutApprovalsOf,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import { fetchArticleBySlug, fetchArticleRedirect } from './article.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

type Renamed = SeedDocument & { slug: { current: string }; previousSlugs?: string[] };

/** An article (the CRPS one unless `id` says otherwise) published once per slug in `slugs`, in order, as the
 * Studio's publish action does it. */
function publishedThrough(slugs: string[], id: string = CRPS_ARTICLE_ID): Renamed {
  const article = { ...seedDocument(seed, id) } as Renamed;
  for (const newSlug of slugs) {
    article.previousSlugs = previousSlugsAfterPublish({
      previousSlugs: article.previousSlugs,
      publishedSlug: article.slug.current,
      newSlug,
    });
    article.slug = { ...article.slug, current: newSlug };
  }
  return article;
}

describe('fetchArticleRedirect', () => {
  it('sends the old address of a renamed article to the new one', async () => {
    const fetcher = memoryFetcher(withDocuments(seed, publishedThrough(['crps-what-to-expect'])));
    expect(await fetchArticleRedirect(fetcher, CRPS_SLUG)).toBe('crps-what-to-expect');
    expect(await fetchArticleBySlug(fetcher, CRPS_SLUG)).toBeNull();
    expect(await fetchArticleBySlug(fetcher, 'crps-what-to-expect')).toMatchObject({ _id: CRPS_ARTICLE_ID });
    expect(fetcher.requests.find((request) => request.label === 'article-redirect')?.tags).toContain('article');
  });

  it('answers null for an address no article ever had, and for a current one', async () => {
    const fetcher = memoryFetcher(seed);
    expect(await fetchArticleRedirect(fetcher, 'never-was-an-article')).toBeNull();
    expect(await fetchArticleRedirect(fetcher, DEPRESSION_SLUG)).toBeNull();
    expect(await fetchArticleRedirect(fetcher, '../not a slug')).toBeNull();
    expect(capture.events).toEqual([]);
  });

  it('collapses any chain of renames to one hop, also when an old slug is taken back', async () => {
    const slug = fc.constantFrom('a-first', 'b-second', 'c-third', 'd-fourth', CRPS_SLUG);
    await fc.assert(
      fc.asyncProperty(fc.array(slug, { minLength: 1, maxLength: 6 }), async (renames) => {
        const article = publishedThrough(renames) as SeedDocument & { slug: { current: string }; previousSlugs: string[] };
        const current = article.slug.current;
        const fetcher = memoryFetcher(withDocuments(seed, article));
        expect(previousSlugsProblems(current, article.previousSlugs)).toEqual([]);
        const everUsed = new Set([CRPS_SLUG, ...renames]);
        for (const old of everUsed) {
          if (old === current) {
            expect(await fetchArticleRedirect(fetcher, old)).toBeNull();
            expect(await fetchArticleBySlug(fetcher, old)).toMatchObject({ _id: CRPS_ARTICLE_ID });
          } else {
            // One hop: the answer is the current slug itself, which is an article and no redirect.
            expect(await fetchArticleRedirect(fetcher, old)).toBe(current);
          }
        }
        const sitemap = await fetchSitemapEntries(fetcher);
        const listed = sitemap.articles.map((entry) => entry.slug);
        expect(listed).toContain(current);
        for (const old of everUsed) if (old !== current) expect(listed).not.toContain(old);
      }),
      { numRuns: 40 },
    );
  });
});

describe('fetchArticleRedirect per language', () => {
  it('sends an old Spanish address to the Spanish article, and never answers it in English', async () => {
    const fetcher = memoryFetcher(withDocuments(seed, publishedThrough(['ketamina-dolor-cronico-guia'], SPANISH_PAIN_ARTICLE_ID)));
    expect(await fetchArticleRedirect(fetcher, SPANISH_PAIN_SLUG, 'es')).toBe('ketamina-dolor-cronico-guia');
    expect(await fetchArticleRedirect(fetcher, SPANISH_PAIN_SLUG)).toBeNull();
    expect(await fetchArticleRedirect(fetcher, SPANISH_PAIN_SLUG, 'en')).toBeNull();
    expect(await fetchArticleBySlug(fetcher, 'ketamina-dolor-cronico-guia', 'es')).toMatchObject({ _id: SPANISH_PAIN_ARTICLE_ID });
  });

  it('does not send an old English address to a Spanish article', async () => {
    const fetcher = memoryFetcher(withDocuments(seed, publishedThrough(['crps-what-to-expect'])));
    expect(await fetchArticleRedirect(fetcher, CRPS_SLUG, 'es')).toBeNull();
  });

  it('leads nowhere when the renamed translation has no approval, which keeps it off the site', async () => {
    const renamed = publishedThrough(['ketamina-dolor-cronico-guia'], SPANISH_PAIN_ARTICLE_ID);
    const fetcher = memoryFetcher(withDocuments(withoutApprovalsOf(seed, SPANISH_PAIN_ARTICLE_ID), renamed));
    expect(await fetchArticleRedirect(fetcher, SPANISH_PAIN_SLUG, 'es')).toBeNull();
    expect(capture.events.map((event) => event.message)).toEqual([expect.stringContaining('translation review')]);
    capture.events.length = 0;
  });

  it('refuses a language the site is not published in', async () => {
    await expect(fetchArticleRedirect(memoryFetcher(seed), CRPS_SLUG, 'fr' as 'es')).rejects.toThrow(/language must be one of/);
  });

  it('keeps each language to itself through any rename chains in both, from one shared pool of slugs', async () => {
    // The pool makes a slug old in one language and current (or old) in the other, the cases that could cross.
    const slug = fc.constantFrom('a-first', 'b-second', 'c-third', CRPS_SLUG, SPANISH_PAIN_SLUG);
    const chain = fc.array(slug, { minLength: 0, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(chain, chain, async (englishRenames, spanishRenames) => {
        const articles = {
          en: publishedThrough(englishRenames),
          es: publishedThrough(spanishRenames, SPANISH_PAIN_ARTICLE_ID),
        };
        const fetcher = memoryFetcher(withDocuments(seed, articles.en, articles.es));
        const everUsed = {
          en: new Set([CRPS_SLUG, ...englishRenames]),
          es: new Set([SPANISH_PAIN_SLUG, ...spanishRenames]),
        };
        for (const language of ['en', 'es'] as const) {
          const { _id, slug: { current } } = articles[language];
          expect(await fetchArticleBySlug(fetcher, current, language)).toMatchObject({ _id, language });
          for (const candidate of new Set([...everUsed.en, ...everUsed.es])) {
            if (candidate === current) continue;
            const expected = everUsed[language].has(candidate) ? current : null;
            // A slug this language's article never had leads nowhere here, whatever the other language did with it.
            expect([candidate, language, await fetchArticleRedirect(fetcher, candidate, language)]).toEqual([
              candidate,
              language,
              expected,
            ]);
          }
        }
        expect(capture.events).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('previousSlugsAfterPublish', () => {
  it('keeps what the editor left and adds the published slug, oldest first', () => {
    expect(previousSlugsAfterPublish({ previousSlugs: ['one'], publishedSlug: 'two', newSlug: 'three' })).toEqual(['one', 'two']);
  });

  it('adds nothing on a first publication or when the slug stays', () => {
    expect(previousSlugsAfterPublish({ previousSlugs: undefined, publishedSlug: null, newSlug: 'new' })).toEqual([]);
    expect(previousSlugsAfterPublish({ previousSlugs: ['old'], publishedSlug: 'same', newSlug: 'same' })).toEqual(['old']);
  });

  it('takes a slug back out of the list when the article moves back to it', () => {
    expect(previousSlugsAfterPublish({ previousSlugs: ['a', 'b'], publishedSlug: 'c', newSlug: 'a' })).toEqual(['b', 'c']);
  });
});

describe('previousSlugsProblems', () => {
  it('refuses the current slug (a loop), a slug listed twice and one that is not a slug', () => {
    expect(previousSlugsProblems('now', ['old', 'now', 'old', 'Not A Slug']).map((problem) => problem.path)).toEqual([[1], [2], [3]]);
  });
});
