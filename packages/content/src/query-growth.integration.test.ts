// How each fetch function's cost grows with the content: every query the site runs, against a real local lake
// holding the sample plus 100 and then 1,000 generated articles per language (written from the sample's own texts),
// timed in the same run. Ten times the articles may cost up to three times ten times the time on a busy machine (fixed costs make linear
// queries come out below 10); a query that looks something up across a whole type inside each result's projection
// grows with the square of the content (about 100×) and fails here, as it failed the site's build at 1,000
// articles. The size of each answer is held too: the site caches every answer in Next's data cache, which keeps
// no item over 2 MB ("items over 2MB can not be cached", next/dist/server/lib/incremental-cache; an item is the
// answer in base64, 4/3 of its bytes), so no answer may reach 1.5 MB at 2,000 articles per language, extrapolated
// from its growth between the two sizes: a list read in one answer did, and went uncached.
import { afterAll, describe, expect, it } from '@jest/globals';
import { createClient } from '@sanity/client';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  fetchArticleBySlug,
  fetchArticleList,
  fetchArticleRedirect,
  fetchArticleSlugs,
} from './article/article.ts';
import { fetchBenefits } from './benefit/benefit.ts';
import { fetchClinics, fetchSiteChrome } from './clinic/clinic.ts';
import { clientFetcher, type ContentFetcher } from './fetcher.ts';
import { fetchHomePage } from './home/home.ts';
import type { SiteLanguage } from './language/language.ts';
import { fetchSearchResults } from './search/search.ts';
import { fetchSearchVocabulary } from './search/vocabulary.ts';
import { fetchSiteSettings } from './settings/settings.ts';
import { fetchSitemapEntries } from './sitemap/sitemap.ts';
import { COMMON_WORDS, generatedArticles, generatedSlug } from './testing/generated-articles.ts';
import { loadSeedDataset } from './testing/seed-dataset.ts';
import { fetchTopicsInUse } from './topic/topic.ts';

const SIZES = [100, 1000] as const;
const RUNS = 5;
const MAX_GROWTH = 3 * (SIZES[1] / SIZES[0]);
/** The largest answer Next's data cache keeps (2 MB once base64-encoded), and the size to extrapolate to. */
const MAX_ANSWER_BYTES = (2 * 1024 * 1024 * 3) / 4;
const SIZE_HELD = 2000;

/** Every fetch function the site calls, with arguments that exist at every size. */
const calls: Record<string, (fetcher: ContentFetcher, language: SiteLanguage) => Promise<unknown>> = {
  articleBySlug: (f, language) => fetchArticleBySlug(f, generatedSlug(7, language as 'en' | 'es'), language),
  articleRedirect: (f, language) => fetchArticleRedirect(f, 'no-such-previous-slug', language),
  articleList: (f, language) => fetchArticleList(f, { language, page: 2, pageSize: 12 }),
  articleSlugs: (f, language) => fetchArticleSlugs(f, language),
  benefits: (f, language) => fetchBenefits(f, language),
  clinics: (f, language) => fetchClinics(f, language),
  siteChrome: (f, language) => fetchSiteChrome(f, language),
  siteSettings: (f, language) => fetchSiteSettings(f, language),
  homePage: (f, language) => fetchHomePage(f, language),
  sitemap: (f, language) => fetchSitemapEntries(f, language),
  topics: (f, language) => fetchTopicsInUse(f, language),
  searchVocabulary: (f, language) => fetchSearchVocabulary(f, language),
  search: (f, language) =>
    fetchSearchResults(f, {
      query: COMMON_WORDS[language as 'en' | 'es'],
      language,
      loadVocabulary: async () => ({ documentCount: 1, words: [] }),
    }),
};

const lakes: { lake: RunningLake; dataDir: string }[] = [];

afterAll(async () => {
  for (const { lake, dataDir } of lakes) {
    await lake.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

/** The largest answer (JSON bytes) a fetcher gave since the last reset. */
const largestAnswer = new Map<ContentFetcher, number>();

/** A fetcher that records the size of its largest answer in `largestAnswer`. */
function measured(fetcher: ContentFetcher): ContentFetcher {
  const wrapped: ContentFetcher = async (request) => {
    const answer = await fetcher(request);
    const bytes = Buffer.byteLength(JSON.stringify(answer) ?? '');
    largestAnswer.set(wrapped, Math.max(largestAnswer.get(wrapped) ?? 0, bytes));
    return answer as never;
  };
  return wrapped;
}

/** A lake holding the sample plus `count` generated articles per language, and a fetcher reading it. */
async function lakeWith(count: number): Promise<ContentFetcher> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `content-growth-${count}-`));
  const lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  lakes.push({ lake, dataDir });
  const base = { ...lakeClientConfig(lake.url), apiVersion: '2025-02-19' };
  const writer = createClient({ ...base, token: lake.token });
  const generated = generatedArticles(await loadSeedDataset(), count);
  for (let start = 0; start < generated.length; start += 250) {
    const transaction = writer.transaction();
    for (const doc of generated.slice(start, start + 250)) transaction.createOrReplace(doc);
    await transaction.commit({ visibility: 'async' });
  }
  return measured(clientFetcher(createClient(base)));
}

/** Median wall time of RUNS calls after one warm-up, in ms; the error's message when the call fails. */
async function timeOf(call: () => Promise<unknown>): Promise<number | string> {
  try {
    await call();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await call();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  } catch (error) {
    return (error as Error).message.slice(0, 300);
  }
}

describe('query cost as the content grows', () => {
  it(`grows at most ${MAX_GROWTH}× from ${SIZES[0]} to ${SIZES[1]} articles per language, for every fetch function`, async () => {
    const [small, large] = [await lakeWith(SIZES[0]), await lakeWith(SIZES[1])];
    const report: Record<string, string> = {};
    const lines: string[] = [];
    for (const [name, call] of Object.entries(calls)) {
      for (const language of ['en', 'es'] as const) {
        // Interleaved, so both sizes meet the machine in the same state.
        const smallMs = await timeOf(() => call(small, language));
        const largeMs = await timeOf(() => call(large, language));
        const growth =
          typeof smallMs === 'number' && typeof largeMs === 'number'
            ? largeMs / Math.max(smallMs, 0.5)
            : Infinity;
        const line = `${String(smallMs)} → ${String(largeMs)} ms`;
        lines.push(
          `${`${name} (${language})`.padEnd(26)} ${typeof smallMs === 'number' ? smallMs.toFixed(1) : smallMs} → ${typeof largeMs === 'number' ? largeMs.toFixed(1) : largeMs} ms (×${growth.toFixed(1)})`,
        );
        if (!(growth <= MAX_GROWTH)) report[`${name} (${language})`] = line;
      }
    }
    process.stdout.write(
      `query time, ${SIZES[0]} → ${SIZES[1]} articles per language (median of ${RUNS}):\n${lines.join('\n')}\n`,
    );
    expect(report).toEqual({});

    // The largest single answer of each call at both sizes, extrapolated linearly to SIZE_HELD.
    const tooLarge: Record<string, string> = {};
    const sizes: string[] = [];
    for (const [name, call] of Object.entries(calls)) {
      for (const language of ['en', 'es'] as const) {
        const [smallBytes = 0, largeBytes = 0] = await Promise.all(
          [small, large].map(async (fetcher) => {
            largestAnswer.set(fetcher, 0);
            await call(fetcher, language).catch(() => undefined);
            return largestAnswer.get(fetcher) ?? 0;
          }),
        );
        const held =
          largeBytes +
          (Math.max(0, largeBytes - smallBytes) * (SIZE_HELD - SIZES[1])) / (SIZES[1] - SIZES[0]);
        const line = `${smallBytes} → ${largeBytes} bytes, about ${Math.round(held)} at ${SIZE_HELD}`;
        sizes.push(`${`${name} (${language})`.padEnd(26)} ${line}`);
        if (held >= MAX_ANSWER_BYTES) tooLarge[`${name} (${language})`] = line;
      }
    }
    process.stdout.write(
      `largest answer, ${SIZES[0]} → ${SIZES[1]} articles per language:\n${sizes.join('\n')}\n`,
    );
    expect(tooLarge).toEqual({});
  }, 600_000);
});
