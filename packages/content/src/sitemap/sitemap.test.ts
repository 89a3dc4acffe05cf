import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { isArticleIn, loadSeedDataset, withDocuments, type SeedDocument } from '../testing/seed-dataset.ts';
import { fetchTopicsInUse } from '../topic/topic.ts';
import { TOPICS } from '../taxonomy.ts';
import { fetchSitemapEntries } from './sitemap.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

describe('fetchSitemapEntries', () => {
  it('lists every article with its last change, and the newest change behind each shared page', async () => {
    const clinic = seed.find((document) => document._type === 'clinic') as SeedDocument;
    const edited = { ...clinic, _updatedAt: '2026-11-01T12:00:00Z' };
    const entries = await fetchSitemapEntries(memoryFetcher(withDocuments(seed, edited)));
    expect(entries.articles).toHaveLength(seed.filter((document) => isArticleIn(document)).length);
    expect(entries.articles[0]).toEqual({
      _id: expect.any(String),
      slug: expect.any(String),
      modifiedAt: expect.any(String),
      language: 'en',
      translations: expect.any(Array),
    });
    expect(entries.clinicsUpdatedAt).toBe('2026-11-01T12:00:00Z');
    expect(entries.benefitsUpdatedAt).toEqual(expect.any(String));
    expect(capture.events).toEqual([]);
  });
});

describe('fetchTopicsInUse', () => {
  it('offers only topics that have articles, in the fixed order, with counts', async () => {
    const topics = await fetchTopicsInUse(memoryFetcher(seed));
    const counts = new Map<string, number>();
    for (const document of seed) {
      if (isArticleIn(document))
        counts.set(document.topic as string, (counts.get(document.topic as string) ?? 0) + 1);
    }
    const expected = TOPICS.filter((topic) => counts.has(topic.value)).map((topic) => ({
      value: topic.value,
      label: topic.label,
      count: counts.get(topic.value),
    }));
    expect(topics).toEqual(expected);
  });

  it('ignores an article whose topic the site does not know, and reports it', async () => {
    const article = seed.find((document) => isArticleIn(document)) as SeedDocument;
    const odd = {
      ...structuredClone(article),
      _id: 'article-odd',
      slug: { _type: 'slug', current: 'odd' },
      topic: 'astrology',
    };
    const topics = await fetchTopicsInUse(memoryFetcher(withDocuments(seed, odd)));
    expect(topics.map((topic) => topic.value)).not.toContain('astrology');
    expect(capture.events).toMatchObject([{ id: 'article-odd', path: 'topic' }]);
  });
});
