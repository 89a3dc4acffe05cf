import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  isArticleIn,
  loadSeedDataset,
  seedDocument,
  withDocuments,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import { fetchHomePage } from './home.ts';

const seed = loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const articles = (documents: SeedDocument[]) => documents.filter((document) => isArticleIn(document));

describe('fetchHomePage on the sample dataset', () => {
  it('has the settings, three articles and every benefit (the primary clinic comes from the site chrome)', async () => {
    const home = await fetchHomePage(memoryFetcher(seed));
    expect(home.settings?.siteName).toBe('Propel Therapeutics');
    expect(home).not.toHaveProperty('primaryClinic');
    expect(home.featuredArticles).toHaveLength(3);
    expect(home.benefits).toHaveLength(seed.filter((document) => document._type === 'benefit').length);
    expect(capture.events).toEqual([]);
  });

  it('shows featured articles first, newest first among them', async () => {
    const home = await fetchHomePage(memoryFetcher(seed));
    const featured = articles(seed)
      .filter((article) => article.featured === true)
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
      .map((article) => article._id);
    expect(home.featuredArticles.map((article) => article._id)).toEqual(featured.slice(0, 3));
  });

  it('fills the article cards with the newest articles when none is featured', async () => {
    const unfeatured: SeedDocument[] = articles(seed).map((article) => ({ ...article, featured: false }));
    const home = await fetchHomePage(memoryFetcher(withDocuments(seed, ...unfeatured)));
    const newest = [...unfeatured]
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
      .map((article) => article._id);
    expect(home.featuredArticles.map((article) => article._id)).toEqual(newest.slice(0, 3));
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
