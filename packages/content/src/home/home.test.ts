import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  isArticleIn,
  languageOfDocument,
  loadSeedDataset,
  seedDocument,
  withDocuments,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import fc from 'fast-check';
import { fetchHomePage, homeArticleBoxes } from './home.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const articles = (documents: SeedDocument[]) => documents.filter((document) => isArticleIn(document));

describe('fetchHomePage on the sample dataset', () => {
  it('has the settings, three articles and every benefit (the primary clinic comes from the site chrome)', async () => {
    const home = await fetchHomePage(memoryFetcher(seed));
    expect(home.settings?.siteName).toBe('Propel Therapeutics');
    expect(home).not.toHaveProperty('primaryClinic');
    expect(home.latestArticles.length).toBeGreaterThanOrEqual(3);
    expect(home.benefits).toHaveLength(
      seed.filter((document) => document._type === 'benefit' && languageOfDocument(document) === 'en').length,
    );
    expect(capture.events).toEqual([]);
  });

  const newestFirst = (documents: SeedDocument[]) =>
    [...documents]
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || a._id.localeCompare(b._id))
      .map((article) => article._id);

  it('shows the newest published articles as the latest, featured or not', async () => {
    const home = await fetchHomePage(memoryFetcher(seed));
    const { latest } = homeArticleBoxes(home);
    expect(latest.map((article) => article._id)).toEqual(newestFirst(articles(seed)).slice(0, 3));
  });

  it('puts a newly published article first among the latest even when three others are featured', async () => {
    const featured = articles(seed).filter((article) => article.featured === true);
    expect(featured.length).toBeGreaterThanOrEqual(3);
    const fresh = { ...structuredClone(articles(seed)[0]!), _id: 'article-fresh', featured: false, publishedAt: '2099-01-01T00:00:00Z', slug: { _type: 'slug', current: 'fresh' } };
    const home = await fetchHomePage(memoryFetcher(withDocuments(seed, fresh)));
    const boxes = homeArticleBoxes(home);
    expect(boxes.latest[0]?._id).toBe('article-fresh');
    // The featured box shows featured articles only, none of them already in the latest box.
    expect(boxes.featured.every((article) => featured.some((f) => f._id === article._id))).toBe(true);
    expect(boxes.featured.filter((article) => boxes.latest.some((l) => l._id === article._id))).toEqual([]);
  });

  it('splits any dataset into the newest articles and the other featured ones (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ featured: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) }), { minLength: 0, maxLength: 10 }),
        async (specs) => {
          const template = articles(seed)[0]!;
          const generated: SeedDocument[] = specs.map((spec, index) => ({
            ...structuredClone(template),
            _id: `article-gen-${index}`,
            slug: { _type: 'slug', current: `gen-${index}` },
            featured: spec.featured,
            publishedAt: `2030-02-${String(spec.day).padStart(2, '0')}T00:00:00Z`,
          }));
          const others = seed.filter((document) => !isArticleIn(document));
          const home = await fetchHomePage(memoryFetcher([...others, ...generated]));
          const { latest, featured } = homeArticleBoxes(home);
          const newest = newestFirst(generated);
          expect(latest.map((article) => article._id)).toEqual(newest.slice(0, 3));
          const expectedFeatured = newest.filter(
            (id) => generated.find((g) => g._id === id)!.featured && !newest.slice(0, 3).includes(id),
          );
          expect(featured.map((article) => article._id)).toEqual(expectedFeatured.slice(0, 3));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the page when one benefit is broken, leaving out only that benefit', async () => {
    const benefit = seed.find((document) => document._type === 'benefit') as SeedDocument;
    const broken = { ...structuredClone(benefit), statement: '' };
    const home = await fetchHomePage(memoryFetcher(withDocuments(seed, broken)));
    expect(home.benefits.map((b) => b._id)).not.toContain(benefit._id);
    expect(home.settings).not.toBeNull();
    expect(capture.events).toMatchObject([
      { type: 'home', id: benefit._id, path: expect.stringMatching(/^benefits\[\d+\]$/) },
    ]);
  });

  it('keeps the page without settings when the settings are invalid', async () => {
    const settings = { ...seedDocument(seed, 'siteSettings'), medicalDisclaimer: null };
    const home = await fetchHomePage(memoryFetcher(withDocuments(seed, settings)));
    expect(home.settings).toBeNull();
    expect(capture.events).toMatchObject([{ id: 'siteSettings', path: 'settings' }]);
  });
});
