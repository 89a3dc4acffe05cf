import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fetchHomePage } from '../home/home.ts';
import { captureDroppedContent, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  languageOfDocument,
  loadSeedDataset,
  seedDocument,
  withDocuments,
  withoutApprovalsOf,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import { CRPS_ARTICLE_ID, CRPS_SLUG, referencesOf, SPANISH_PAIN_ARTICLE_ID, SPANISH_PAIN_SLUG } from '../testing/fixtures.ts';
import { ARTICLE_IN_OTHER_LANGUAGE_MESSAGE, fetchBenefits } from './benefit.ts';

let seed: SeedDocument[];
let seedBenefits: SeedDocument[];
let capture: ReturnType<typeof captureDroppedContent>;
beforeAll(async () => {
  seed = await loadSeedDataset();
  seedBenefits = seed.filter(
    (document) => document._type === 'benefit' && languageOfDocument(document) === 'en',
  );
});
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

describe('fetchBenefits on the sample dataset', () => {
  it('returns every benefit in editorial order, each with its evidence and references', async () => {
    const benefits = await fetchBenefits(memoryFetcher(seed));
    const expectedOrder = [...seedBenefits]
      .sort((a, b) => (a.order as number) - (b.order as number))
      .map((b) => b._id);
    expect(benefits.map((benefit) => benefit._id)).toEqual(expectedOrder);
    for (const benefit of benefits) {
      expect(benefit.references.length).toBeGreaterThan(0);
      expect(benefit.evidenceLabel).toEqual(expect.any(String));
      expect(benefit.qualifier.length).toBeGreaterThan(0);
    }
    expect(capture.events).toEqual([]);
  });

  it('links a benefit to its article by slug', async () => {
    const benefits = await fetchBenefits(memoryFetcher(seed));
    const linked = benefits.filter((benefit) => benefit.article !== null);
    expect(linked.length).toBeGreaterThan(0);
    const slugs = new Set(
      seed.filter((d) => d._type === 'article').map((d) => (d.slug as { current: string }).current),
    );
    for (const benefit of linked) expect(slugs.has(benefit.article?.slug ?? '')).toBe(true);
  });
});

describe('a malformed benefit', () => {
  it('keeps the benefit when one of several references is broken', async () => {
    const benefit = structuredClone(
      seedBenefits.find((b) => referencesOf(b).length > 1) ?? seedBenefits[0],
    ) as SeedDocument;
    const references = referencesOf(benefit);
    references.push({ _key: 'broken', title: 'No source given' });
    const result = (await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)))).find(
      (b) => b._id === benefit._id,
    );
    expect(result?.references.map((reference) => reference._key)).toEqual(
      references.slice(0, -1).map((r) => r._key),
    );
    expect(capture.events).toMatchObject([{ id: benefit._id, path: `references[${references.length - 1}]` }]);
  });

  it('is left out when no valid reference remains: no claim without support', async () => {
    const benefit = {
      ...seedDocument(seed, seedBenefits[0]?._id ?? ''),
      references: [{ _key: 'x', title: 'Only a title' }],
    };
    const benefits = await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)));
    expect(benefits.map((b) => b._id)).not.toContain(benefit._id);
    expect(benefits).toHaveLength(seedBenefits.length - 1);
    expect(capture.events.at(-1)).toMatchObject({
      id: benefit._id,
      dropped: 'document',
      message: 'has no valid reference',
    });
  });

  it('is left out when its evidence level is not one the site explains', async () => {
    const benefit = { ...seedDocument(seed, seedBenefits[0]?._id ?? ''), evidenceLevel: 'proven' };
    const benefits = await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)));
    expect(benefits.map((b) => b._id)).not.toContain(benefit._id);
    expect(capture.events).toMatchObject([{ id: benefit._id, path: 'evidenceLevel', dropped: 'document' }]);
  });

  it('loses only its article link when the article points nowhere', async () => {
    const benefit: SeedDocument = {
      ...seedDocument(seed, seedBenefits[0]?._id ?? ''),
      article: { _type: 'reference', _ref: 'article-gone' },
    };
    const result = (await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)))).find(
      (b) => b._id === benefit._id,
    );
    expect(result).toMatchObject({ statement: benefit['statement'], article: null });
    expect(capture.events).toEqual([]);
  });
});

describe('the related article is in the benefit\'s language', () => {
  const ENGLISH_BENEFIT = 'benefit-crps-pain-relief';
  const SPANISH_BENEFIT = 'benefit-crps-pain-relief-es';
  const articles = {
    en: { id: CRPS_ARTICLE_ID, slug: CRPS_SLUG },
    es: { id: SPANISH_PAIN_ARTICLE_ID, slug: SPANISH_PAIN_SLUG },
  } as const;

  it('links a Spanish benefit to a Spanish article, and drops a link from it to an English one, reported', async () => {
    const linked = (articleId: string): SeedDocument => ({
      ...seedDocument(seed, SPANISH_BENEFIT),
      article: { _type: 'reference', _ref: articleId },
    });
    const [spanish] = (await fetchBenefits(memoryFetcher(withDocuments(seed, linked(SPANISH_PAIN_ARTICLE_ID))), 'es')).filter(
      (benefit) => benefit._id === SPANISH_BENEFIT,
    );
    expect(spanish?.article).toEqual({ title: expect.any(String), slug: SPANISH_PAIN_SLUG });
    expect(capture.events).toEqual([]);

    const [mismatched] = (await fetchBenefits(memoryFetcher(withDocuments(seed, linked(CRPS_ARTICLE_ID))), 'es')).filter(
      (benefit) => benefit._id === SPANISH_BENEFIT,
    );
    expect(mismatched).toMatchObject({ _id: SPANISH_BENEFIT, article: null });
    expect(capture.events).toEqual([
      expect.objectContaining({ id: SPANISH_BENEFIT, path: 'article', dropped: 'part', message: ARTICLE_IN_OTHER_LANGUAGE_MESSAGE }),
    ]);
  });

  it('shows the link exactly when the article is in the benefit\'s language and shown, on the benefits and home pages', async () => {
    const language = fc.constantFrom<'en' | 'es'>('en', 'es');
    await fc.assert(
      fc.asyncProperty(language, language, fc.boolean(), async (benefitLanguage, articleLanguage, reviewed) => {
        capture.events.length = 0;
        const benefitId = benefitLanguage === 'en' ? ENGLISH_BENEFIT : SPANISH_BENEFIT;
        const target = articles[articleLanguage];
        const benefit = { ...seedDocument(seed, benefitId), article: { _type: 'reference', _ref: target.id } };
        const dataset = reviewed ? seed : withoutApprovalsOf(seed, target.id);
        const fetcher = memoryFetcher(withDocuments(dataset, benefit));
        const articleShown = articleLanguage === 'en' || reviewed;
        const expected = benefitLanguage === articleLanguage && articleShown ? target.slug : null;
        const fromBenefits = (await fetchBenefits(fetcher, benefitLanguage)).find((item) => item._id === benefitId);
        const fromHome = (await fetchHomePage(fetcher, benefitLanguage)).benefits.find((item) => item._id === benefitId);
        for (const shown of [fromBenefits, fromHome]) {
          expect(shown).toBeDefined();
          expect(shown?.article?.slug ?? null).toBe(expected);
        }
        const reported = capture.events.filter((event) => event.id === benefitId && event.path === 'article');
        expect(reported.length > 0).toBe(expected === null);
      }),
      { numRuns: 16 },
    );
  });
});
