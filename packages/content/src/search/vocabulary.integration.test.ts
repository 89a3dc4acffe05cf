// The search vocabulary read a page at a time from a real local lake: the same counts as reading every article at
// once, a size bounded by distinct words (Next's data cache refuses items over 2 MB), and the same search answers
// after a trip through a cache's JSON.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type SanityClient } from '@sanity/client';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishedArticleFilter } from '../article/article.ts';
import { clientFetcher, type ContentFetcher } from '../fetcher.ts';
import { inLanguage } from '../language/language.ts';
import { fetchSearchResults } from './search.ts';
import { buildVocabulary } from './terms.ts';
import {
  fetchSearchVocabulary,
  MAX_VOCABULARY_WORDS,
  SEARCH_TEXT_PAGE_SIZE,
  serializeVocabulary,
} from './vocabulary.ts';

let lake: RunningLake;
let fetcher: ContentFetcher;
let dataDir: string;
let writer: SanityClient;
let template: { _type: string; [field: string]: unknown };
const EXTRA = SEARCH_TEXT_PAGE_SIZE * 2 + 7;
// Next's data cache limit for one item (next/dist/server/lib/incremental-cache: "items over 2MB can not be cached").
const NEXT_CACHE_ITEM_LIMIT = 2 * 1024 * 1024;

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
});

/** A made-up word per number, letters only ("qa", "qb", … base 26), so each is a distinct word. */
const madeUpWord = (n: number) => `zq${n.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-vocabulary-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  const base = { ...lakeClientConfig(lake.url), apiVersion: '2025-02-19' };
  const reader = createClient(base);
  writer = createClient({ ...base, token: lake.token });
  fetcher = clientFetcher(reader);
  template = (await reader.fetch<typeof template>(
    '*[_type == "article" && coalesce(language, "en") == "en"][0]',
  ))!;
  const transaction = writer.transaction();
  for (let i = 0; i < EXTRA; i++) {
    transaction.createOrReplace({
      ...template,
      _id: `article-generated-${String(i).padStart(4, '0')}`,
      slug: { _type: 'slug', current: `generated-${i}` },
      title: `Generated note ${i}`,
      body: [block('b1', `A paragraph that mentions ${madeUpWord(i)} once.`)],
    });
  }
  await transaction.commit();
}, 120_000);

afterAll(async () => {
  await lake?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the search vocabulary', () => {
  it('counts every article of the language across pages, as reading them all at once does', async () => {
    const paged = await fetchSearchVocabulary(fetcher, 'en');
    const all = await fetcher<{ title: string; excerpt: string; body: string }[]>({
      query: `*[${publishedArticleFilter} && ${inLanguage}]{title, excerpt, "body": pt::text(body)}`,
      params: { language: 'en' },
      tags: [],
    });
    const reference = serializeVocabulary(
      buildVocabulary(all.map((doc) => [doc.title, doc.excerpt, doc.body].filter(Boolean).join('\n'))),
    );
    expect(paged.documentCount).toBe(all.length);
    expect(paged.documentCount).toBeGreaterThan(EXTRA);
    // The words every generated article holds once (pages 1, 2 and the last) are all counted.
    const words = new Map(paged.words.map(([word, count, documents]) => [word, { count, documents }]));
    for (const i of [0, SEARCH_TEXT_PAGE_SIZE, EXTRA - 1])
      expect(words.get(madeUpWord(i))).toEqual({ count: 1, documents: 1 });
    expect(paged.words.slice(0, 200)).toEqual(reference.words.slice(0, 200));
  }, 60_000);

  it('stays under the cache item limit with a 3 MB article, keeping the most frequent words', async () => {
    // One very long article (about 3 MB of text, 300,000 distinct words): the case that overflowed the cache.
    const longText = Array.from({ length: 300_000 }, (_, i) => madeUpWord(i + 10_000)).join(' ');
    await writer.createOrReplace({
      ...template,
      _id: 'article-generated-long',
      slug: { _type: 'slug', current: 'generated-long' },
      title: 'A very long article',
      body: [block('b1', longText)],
    });
    const vocabulary = await fetchSearchVocabulary(fetcher, 'en');
    expect(vocabulary.words.length).toBe(MAX_VOCABULARY_WORDS);
    expect(Buffer.byteLength(JSON.stringify(vocabulary))).toBeLessThan(NEXT_CACHE_ITEM_LIMIT / 2);
    expect(vocabulary.words.map(([word]) => word)).toEqual(expect.arrayContaining(['ketamine', 'pain']));
  }, 60_000);

  it('gives the same search answers after a round trip through a cache', async () => {
    const cached = JSON.parse(JSON.stringify(await fetchSearchVocabulary(fetcher, 'en')));
    for (const query of ['ketamne bladder', 'chronic pian', 'generated note']) {
      const fresh = await fetchSearchResults(fetcher, { query, language: 'en' });
      const fromCache = await fetchSearchResults(fetcher, {
        query,
        language: 'en',
        loadVocabulary: async () => cached,
      });
      expect(fromCache).toEqual(fresh);
      expect(fresh.results.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
