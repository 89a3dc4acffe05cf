// Search pages through everything it finds: the true total and every result exactly once across the pages, in
// English and in Spanish. The real local lake with the sample dataset, plus articles written here.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from '@sanity/client';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientFetcher, type ContentFetcher } from '../fetcher.ts';
import type { SiteLanguage } from '../language/language.ts';
import { fetchSearchResults, SEARCH_RESULT_LIMIT } from './search.ts';

/** Matching articles per language: more than one page. */
const MATCHES = 24;
/** Articles without the word, so that it stays in fewer than half of them (a commoner word is not searched). */
const OTHERS = 30;
const WORD = { en: 'quibbleton', es: 'quiblétono' } as const;
const TEMPLATE = { en: 'is-ketamine-addictive-dependence-and-bladder-health', es: 'ketamina-adiccion-dependencia-vejiga' } as const;

let lake: RunningLake;
let fetcher: ContentFetcher;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-search-pages-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  const base = { ...lakeClientConfig(lake.url), apiVersion: '2025-02-19' };
  const reader = createClient(base);
  const writer = createClient({ ...base, token: lake.token });
  fetcher = clientFetcher(reader);
  const transaction = writer.transaction();
  for (const language of ['en', 'es'] as const) {
    const template = (await reader.fetch<Record<string, unknown>>('*[_type == "article" && slug.current == $slug][0]', {
      slug: TEMPLATE[language],
    }))!;
    const templateApproval = await reader.fetch<{ _type: string; document: object } | null>(
      '*[_type == "medicalApproval" && document._ref == $id] | order(at desc)[0]',
      { id: template._id },
    );
    for (let i = 0; i < MATCHES + OTHERS; i++) {
      const matches = i < MATCHES;
      const slug = `${language}-paged-${i}`;
      transaction.createOrReplace({
        ...template,
        _type: 'article',
        _id: `article-${slug}`,
        slug: { _type: 'slug', current: slug },
        title: `Paged note ${i}`,
        excerpt: matches ? `A note that mentions ${WORD[language]}, number ${i}.` : `A note without the word, number ${i}.`,
        translations: [],
        // Distinct dates, so the order of equal scores is decided and pages cannot overlap.
        publishedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      });
      // A translation is shown, and found, only with its review: each copy gets the template's approval.
      if (templateApproval) {
        transaction.createOrReplace({
          ...templateApproval,
          _id: `approval-${slug}`,
          document: { ...templateApproval.document, _ref: `article-${slug}` },
        });
      }
    }
  }
  await transaction.commit();
}, 60_000);

afterAll(async () => {
  await lake?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['en', 'es'] as const)('search results in pages (%s)', (language: SiteLanguage & keyof typeof WORD) => {
  const search = (page?: number) => fetchSearchResults(fetcher, { query: WORD[language], language, page });

  it(`says ${MATCHES} found on every page, shows ${SEARCH_RESULT_LIMIT} then the rest, each article once`, async () => {
    const pages = [await search(1), await search(2)];
    expect(pages.map((answer) => [answer.total, answer.page, answer.pageCount, answer.results.length])).toEqual([
      [MATCHES, 1, 2, SEARCH_RESULT_LIMIT],
      [MATCHES, 2, 2, MATCHES - SEARCH_RESULT_LIMIT],
    ]);
    const slugs = pages.flatMap((answer) => answer.results.map((result) => result.article.slug));
    expect(new Set(slugs).size).toBe(MATCHES);
    expect(slugs.every((slug) => slug.startsWith(`${language}-paged-`) && Number(slug.split('-').at(-1)) < MATCHES)).toBe(true);
  });

  it('answers a page past the last with no results and the true total; a page that is not a positive integer as page 1', async () => {
    const past = await search(3);
    expect([past.total, past.results.length]).toEqual([MATCHES, 0]);
    for (const page of [0, -1, 1.5, Number.NaN]) {
      const answer = await search(page);
      expect([answer.page, answer.results.length]).toEqual([1, SEARCH_RESULT_LIMIT]);
    }
  });
});
