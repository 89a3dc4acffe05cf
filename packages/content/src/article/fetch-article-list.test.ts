import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { captureDroppedContent, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  isArticleIn,
  loadSeedDataset,
  seedDocument,
  withDocuments,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import { CRPS_ARTICLE_ID } from '../testing/fixtures.ts';
import { fetchArticleList, fetchArticleSlugs, InvalidListOptionsError } from './article.ts';

let seed: SeedDocument[];
let articleCount: number;
let capture: ReturnType<typeof captureDroppedContent>;
beforeAll(() => {
  seed = loadSeedDataset();
  articleCount = seed.filter((document) => isArticleIn(document)).length;
});
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

const publishedDates = (documents: SeedDocument[]) =>
  documents
    .filter((document) => isArticleIn(document))
    .map((document) => document.publishedAt as string)
    .sort()
    .reverse();

describe('fetchArticleList', () => {
  it('lists the newest articles first, with the page count', async () => {
    const list = await fetchArticleList(memoryFetcher(seed), { pageSize: 4 });
    expect(list).toMatchObject({
      total: articleCount,
      page: 1,
      pageCount: Math.ceil(articleCount / 4),
      topic: null,
    });
    expect(list.articles.map((article) => article.publishedAt)).toEqual(publishedDates(seed).slice(0, 4));
    expect(capture.events).toEqual([]);
  });

  it('pages through every article exactly once', async () => {
    const fetcher = memoryFetcher(seed);
    const first = await fetchArticleList(fetcher, { pageSize: 4 });
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      seen.push(
        ...(await fetchArticleList(fetcher, { page, pageSize: 4 })).articles.map((article) => article._id),
      );
    }
    expect(seen).toHaveLength(articleCount);
    expect(new Set(seen).size).toBe(articleCount);
  });

  it('has no articles past the last page, so the site can answer 404', async () => {
    const list = await fetchArticleList(memoryFetcher(seed), { page: 99, pageSize: 4 });
    expect(list.articles).toEqual([]);
    expect(list.pageCount).toBe(Math.ceil(articleCount / 4));
  });

  it('filters by topic', async () => {
    const list = await fetchArticleList(memoryFetcher(seed), { topic: 'depression' });
    const expected = seed.filter((document) => isArticleIn(document) && document.topic === 'depression');
    expect(list.total).toBe(expected.length);
    expect(list.articles.map((article) => article.topic)).toEqual(expected.map(() => 'depression'));
    expect(list.topic).toBe('depression');
  });

  it('uses the default page size of 12', async () => {
    const template = seedDocument(seed, CRPS_ARTICLE_ID);
    const clones = Array.from({ length: 13 }, (_, index) => ({
      ...structuredClone(template),
      _id: `article-clone-${index}`,
      slug: { _type: 'slug', current: `clone-${index}` },
    }));
    const fetcher = memoryFetcher(withDocuments(seed, ...clones));
    expect((await fetchArticleList(fetcher)).articles).toHaveLength(12);
    expect(fetcher.requests.every((request) => request.tags.includes('article'))).toBe(true);
  });

  it('leaves out an invalid article and reports it, and does not count it', async () => {
    const broken = { ...seedDocument(seed, CRPS_ARTICLE_ID), excerpt: null };
    const list = await fetchArticleList(memoryFetcher(withDocuments(seed, broken)), { pageSize: 50 });
    expect(list.articles.map((article) => article._id)).not.toContain(CRPS_ARTICLE_ID);
    expect(list.articles).toHaveLength(articleCount - 1);
    expect(list.total).toBe(articleCount - 1);
    expect(capture.events).toEqual([
      expect.objectContaining({ type: 'article', id: CRPS_ARTICLE_ID, path: 'excerpt', dropped: 'document' }),
    ]);
  });

  it.each([
    [{ page: 0 }, /page must be/],
    [{ page: 1.5 }, /page must be/],
    [{ page: Number.NaN }, /page must be/],
    [{ pageSize: 0 }, /pageSize must be/],
    [{ pageSize: 1000 }, /pageSize must be/],
    [{ topic: 'miracle-cures' }, /unknown topic/],
  ])('refuses %j with a clear error', async (options, message) => {
    const fetcher = memoryFetcher(seed);
    await expect(fetchArticleList(fetcher, options)).rejects.toThrow(InvalidListOptionsError);
    await expect(fetchArticleList(fetcher, options)).rejects.toThrow(message);
    expect(fetcher.requests).toHaveLength(0);
  });

  it('fails loudly when the backend answers with something that is not a list', async () => {
    const fetcher = async <T>() => ({ error: 'nope' }) as T;
    await expect(fetchArticleList(fetcher)).rejects.toThrow(/Expected/);
  });
});

describe('fetchArticleSlugs', () => {
  it('gives the slug of every published article', async () => {
    const slugs = await fetchArticleSlugs(memoryFetcher(seed));
    const expected = seed
      .filter((document) => isArticleIn(document))
      .map((document) => (document.slug as { current: string }).current);
    expect([...slugs].sort()).toEqual([...expected].sort());
  });

  it('leaves out drafts and articles without a slug', async () => {
    const source = seedDocument(seed, CRPS_ARTICLE_ID);
    const draft = { ...source, _id: 'drafts.article-new', slug: { _type: 'slug', current: 'new' } };
    const noSlug = { ...source, _id: 'article-no-slug', slug: undefined };
    const slugs = await fetchArticleSlugs(memoryFetcher(withDocuments(seed, draft, noSlug)));
    expect(slugs).not.toContain('new');
    expect(slugs).toHaveLength(articleCount);
  });
});
