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
  withoutApprovalsOf,
  type SeedDocument,
} from '../testing/seed-dataset.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const ENGLISH_SLUG = 'ketamine-for-chronic-pain-what-the-evidence-says';
const SPANISH_SLUG = SPANISH_PAIN_SLUG;
const SPANISH_ID = SPANISH_PAIN_ARTICLE_ID;

describe('a Spanish article', () => {
  it('is read in Spanish with its own review status, its English version and Spanish site settings', async () => {
    const article = await fetchArticleBySlug(memoryFetcher(seed), SPANISH_SLUG, 'es');
    expect(article).toMatchObject({
      _id: SPANISH_ID,
      language: 'es',
      title: expect.stringContaining('dolor crónico'),
      // Approved by the sample translation reviewer, a placeholder: no clinician has reviewed it.
      review: { state: 'notReviewed' },
      translations: [{ language: 'en', slug: ENGLISH_SLUG }],
      settings: { language: 'es', crisisNotice: expect.stringContaining('988') },
    });
    expect(article).not.toHaveProperty('translationReview');
    expect(article?.related.every((related) => related.language === 'es')).toBe(true);
    expect(capture.events).toEqual([]);
  });

  it('shares every reference of its English version, and has a review of its own', async () => {
    const fetcher = memoryFetcher(seed);
    const [spanish, english] = await Promise.all([
      fetchArticleBySlug(fetcher, SPANISH_SLUG, 'es'),
      fetchArticleBySlug(fetcher, ENGLISH_SLUG, 'en'),
    ]);
    expect(spanish?.review).toEqual({ state: 'notReviewed' });
    expect(english?.review).toEqual({ state: 'notReviewed' });
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

  it('is not shown without an approval, is reported, and is not linked from the English version', async () => {
    const fetcher = memoryFetcher(withoutApprovalsOf(seed, SPANISH_ID));
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
// approval records (by a placeholder, by a real person, a statement only, or none), the list in each language is
// exactly the articles a plain filter says: in that language, and approved by someone unless English.
describe('generated datasets', () => {
  const base = seedDocument(seed, 'article-ketamine-for-crps-what-to-expect');
  const others = seed.filter(
    (document) => document._type !== 'article' && document._type !== 'medicalApproval',
  );
  const variant = fc.record({
    language: fc.constantFrom(undefined, 'en', 'es', 'fr', ''),
    approval: fc.constantFrom(
      undefined,
      { kind: 'approval', person: 'person-sample-translation-reviewer' },
      { kind: 'approval', person: 'person-real-reviewer' },
      { kind: 'nonClinicalChange', person: 'person-sample-author' },
    ),
  });
  const realReviewer = { _id: 'person-real-reviewer', _type: 'person', name: 'Dr Real', credentials: 'MD' };

  it('each language lists exactly its own shown articles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(variant, { minLength: 1, maxLength: 6 }), async (variants) => {
        const { language: _language, ...fields } = base;
        const articles = variants.map(({ language }, index) => ({
          ...fields,
          _id: `article-generated-${index}`,
          slug: { _type: 'slug', current: `generated-${index}` },
          ...(language === undefined ? {} : { language }),
        })) as SeedDocument[];
        const approvals = variants.flatMap(({ approval }, index) =>
          approval
            ? [
                {
                  _id: `approval-generated-${index}`,
                  _type: 'medicalApproval',
                  kind: approval.kind,
                  document: { _type: 'reference', _ref: `article-generated-${index}`, _weak: true },
                  person: { _type: 'reference', _ref: approval.person, _weak: true },
                  at: '2026-10-20T16:00:00.000Z',
                  clinicalFingerprint: 'sha256:generated',
                },
              ]
            : [],
        );
        const fetcher = memoryFetcher([...others, realReviewer, ...articles, ...approvals]);
        for (const { code } of siteLanguages) {
          const expected = articles
            .filter((article) => languageOfDocument(article) === code)
            .filter(
              (article) =>
                code === 'en' || variants[articles.indexOf(article)]?.approval?.kind === 'approval',
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
