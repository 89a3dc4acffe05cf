// The contract for translated content: every fetch reads one language only, a translation without its
// translation review is never shown (nor linked to), and an article knows its published versions in the other
// languages. Runs the real queries over the sample dataset, and over generated datasets checked against a plain
// reference filter.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fetchArticleBySlug, fetchArticleList, fetchArticleSlugs } from '../article/article.ts';
import { fetchBenefits } from '../benefit/benefit.ts';
import { fetchSiteChrome } from '../clinic/clinic.ts';
import { fetchHomePage } from '../home/home.ts';
import {
  InvalidLanguageError,
  siteLanguages,
  siteSettingsId,
  type SiteLanguage,
} from '../language/language.ts';
import { fetchSiteSettings } from '../settings/settings.ts';
import { fetchSitemapEntries } from '../sitemap/sitemap.ts';
import { fetchTopicsInUse } from '../topic/topic.ts';
import { SPANISH_PAIN_ARTICLE_ID, SPANISH_PAIN_SLUG } from '../testing/fixtures.ts';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  isArticleIn,
  languageOfDocument,
  loadSeedDataset,
  seedDocument,
  withDocuments,
  type SeedDocument,
} from '../testing/seed-dataset.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const ENGLISH_SLUG = 'ketamine-for-chronic-pain-what-the-evidence-says';
const SPANISH_SLUG = SPANISH_PAIN_SLUG;
const SPANISH_ID = SPANISH_PAIN_ARTICLE_ID;

const unreviewed = (document: SeedDocument): SeedDocument => {
  const { translationReviewer: _reviewer, translationReviewed: _date, ...rest } = document;
  return rest as SeedDocument;
};

describe('a Spanish article', () => {
  it('is read in Spanish with its translation review, its English version and Spanish site settings', async () => {
    const article = await fetchArticleBySlug(memoryFetcher(seed), SPANISH_SLUG, 'es');
    expect(article).toMatchObject({
      _id: SPANISH_ID,
      language: 'es',
      title: expect.stringContaining('dolor crónico'),
      translationReview: {
        reviewer: { _id: 'person-sample-translation-reviewer', isSamplePlaceholder: true },
        reviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
      translations: [{ language: 'en', slug: ENGLISH_SLUG }],
      settings: { language: 'es', crisisNotice: expect.stringContaining('988') },
    });
    expect(article?.related.every((related) => related.language === 'es')).toBe(true);
    expect(capture.events).toEqual([]);
  });

  it('shares the medical review and every reference of its English version', async () => {
    const fetcher = memoryFetcher(seed);
    const [spanish, english] = await Promise.all([
      fetchArticleBySlug(fetcher, SPANISH_SLUG, 'es'),
      fetchArticleBySlug(fetcher, ENGLISH_SLUG, 'en'),
    ]);
    expect(spanish?.medicalReviewer?._id).toBe(english?.medicalReviewer?._id);
    expect(spanish?.lastReviewed).toBe(english?.lastReviewed);
    expect(spanish?.references).toEqual(english?.references);
    expect(spanish?.showCrisisNotice).toBe(english?.showCrisisNotice);
  });

  it('is linked from its English version, and its slug is not an English page', async () => {
    const fetcher = memoryFetcher(seed);
    expect((await fetchArticleBySlug(fetcher, ENGLISH_SLUG))?.translations).toEqual([
      { language: 'es', slug: SPANISH_SLUG },
    ]);
    expect(await fetchArticleBySlug(fetcher, SPANISH_SLUG)).toBeNull();
    expect(await fetchArticleBySlug(fetcher, ENGLISH_SLUG, 'es')).toBeNull();
  });

  it('is not shown without a translation review, is reported, and is not linked from the English version', async () => {
    const fetcher = memoryFetcher(withDocuments(seed, unreviewed(seedDocument(seed, SPANISH_ID))));
    expect(await fetchArticleBySlug(fetcher, SPANISH_SLUG, 'es')).toBeNull();
    expect(capture.events).toContainEqual(
      expect.objectContaining({
        type: 'article',
        id: SPANISH_ID,
        dropped: 'document',
        message: expect.stringContaining('translation reviewer'),
      }),
    );
    expect((await fetchArticleBySlug(fetcher, ENGLISH_SLUG))?.translations).toEqual([]);
    expect(
      (await fetchArticleList(fetcher, { language: 'es' })).articles.map((article) => article._id),
    ).not.toContain(SPANISH_ID);
    expect(await fetchArticleSlugs(fetcher, 'es')).not.toContain(SPANISH_SLUG);
  });
});

describe('every fetch reads one language', () => {
  it('lists, slugs, topics, home page, benefits and sitemap in Spanish hold Spanish documents only', async () => {
    const fetcher = memoryFetcher(seed);
    const spanishArticleIds = seed
      .filter((document) => isArticleIn(document, 'es'))
      .map((document) => document._id);
    expect(spanishArticleIds.length).toBeGreaterThan(0);
    const list = await fetchArticleList(fetcher, { language: 'es', pageSize: 100 });
    expect(list.language).toBe('es');
    expect(list.articles.map((article) => article._id).sort()).toEqual([...spanishArticleIds].sort());
    const home = await fetchHomePage(fetcher, 'es');
    expect(home.settings?.language).toBe('es');
    expect(home.latestArticles.every((article) => article.language === 'es')).toBe(true);
    expect(home.benefits.every((benefit) => benefit.language === 'es')).toBe(true);
    expect((await fetchBenefits(fetcher, 'es')).every((benefit) => benefit.language === 'es')).toBe(true);
    const sitemap = await fetchSitemapEntries(fetcher, 'es');
    expect(sitemap.articles.map((article) => article._id).sort()).toEqual([...spanishArticleIds].sort());
    expect(sitemap.articles.find((article) => article._id === SPANISH_ID)?.translations).toEqual([
      { language: 'en', slug: ENGLISH_SLUG },
    ]);
    const topics = await fetchTopicsInUse(fetcher, 'es');
    expect(topics.reduce((sum, topic) => sum + topic.count, 0)).toBe(spanishArticleIds.length);
    expect((await fetchSiteChrome(fetcher, 'es')).settings?.language).toBe('es');
    expect(capture.events).toEqual([]);
  });

  it('reads the site settings of each language at their fixed id', async () => {
    for (const { code } of siteLanguages) {
      const stored = seedDocument(seed, siteSettingsId(code));
      const settings = await fetchSiteSettings(memoryFetcher(seed), code);
      expect(settings).toMatchObject({
        language: code,
        crisisNotice: stored.crisisNotice,
        ctaText: stored.ctaText,
      });
    }
  });

  it('refuses a language the site is not published in', async () => {
    const fetcher = memoryFetcher(seed);
    for (const language of ['fr', 'ES', '', 'en-US']) {
      await expect(fetchArticleBySlug(fetcher, ENGLISH_SLUG, language as SiteLanguage)).rejects.toThrow(
        InvalidLanguageError,
      );
      await expect(fetchArticleList(fetcher, { language: language as SiteLanguage })).rejects.toThrow(
        InvalidLanguageError,
      );
      await expect(fetchSiteSettings(fetcher, language as SiteLanguage)).rejects.toThrow(
        InvalidLanguageError,
      );
    }
    expect(fetcher.requests).toEqual([]);
  });
});

// The kind behind the examples above: for any mix of languages (set, missing, or not a site language) and
// translation reviews (complete, half or none), the list in each language is exactly the articles a plain filter
// says: in that language, and reviewed unless English.
describe('generated datasets', () => {
  const base = seedDocument(seed, 'article-ketamine-for-crps-what-to-expect');
  const others = seed.filter((document) => document._type !== 'article');
  const variant = fc.record({
    language: fc.constantFrom(undefined, 'en', 'es', 'fr', ''),
    reviewer: fc.boolean(),
    reviewed: fc.constantFrom(undefined, '2026-10-20', 'not a date'),
  });

  it('each language lists exactly its own shown articles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(variant, { minLength: 1, maxLength: 6 }), async (variants) => {
        const articles = variants.map(({ language, reviewer, reviewed }, index) => {
          const {
            language: _language,
            translationReviewer: _reviewer,
            translationReviewed: _reviewed,
            ...fields
          } = base;
          return {
            ...fields,
            _id: `article-generated-${index}`,
            slug: { _type: 'slug', current: `generated-${index}` },
            ...(language === undefined ? {} : { language }),
            ...(reviewer
              ? { translationReviewer: { _type: 'reference', _ref: 'person-sample-translation-reviewer' } }
              : {}),
            ...(reviewed === undefined ? {} : { translationReviewed: reviewed }),
          } as SeedDocument;
        });
        const fetcher = memoryFetcher([...others, ...articles]);
        for (const { code } of siteLanguages) {
          const expected = articles
            .filter((article) => languageOfDocument(article) === code)
            .filter(
              (article) =>
                code === 'en' ||
                (article.translationReviewer && article.translationReviewed === '2026-10-20'),
            )
            .map((article) => article._id)
            .sort();
          const listed = (await fetchArticleList(fetcher, { language: code, pageSize: 100 })).articles
            .map((article) => article._id)
            .sort();
          expect(listed).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
