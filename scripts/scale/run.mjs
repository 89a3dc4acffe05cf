#!/usr/bin/env node
// `npm run bench:scale`: what growth costs. For 20, 200 and 2,000 generated articles in each site language
// (SCALE_SIZES to change; written from the sample's own texts, scripts/scale/generate.mjs) it starts a fresh lake on
// a seed holding them, runs `next build` into its own NEXT_DIST_DIR, starts the build and measures, sequentially on
// loopback: the sitemap and both feeds (time of the first request after the build, and bytes), search for a common
// and a rare word in each language (p50/p95; the first request, which counts the vocabulary, is left out as
// warm-up), an article and the article list in each language (p50/p99), and the lake's resident memory (now and
// peak, from /proc). Prints the load average beside each size. Everything it creates is removed afterwards.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLakeProcess } from '@clinic/local-lake/process';
import { repoRoot } from '../lib/repo-root.mjs';
import { nextBuild, startBuiltSite } from '../lib/site-process.mjs';
import { COMMON_WORDS, generatedSlug, RARE_WORDS, seedWithArticles } from './generate.mjs';

const SIZES = (process.env.SCALE_SIZES ?? '20,200,2000').split(',').map(Number);
const REQUESTS = Number(process.env.SCALE_REQUESTS ?? 100);
const LAKE_PORT = Number(process.env.SCALE_LAKE_PORT ?? 3970);
const SITE_PORT = Number(process.env.SCALE_SITE_PORT ?? 3230);
const PATHS = {
  en: { list: '/articles', article: (slug) => `/articles/${slug}`, search: '/search', feed: '/feed.xml' },
  es: {
    list: '/es/articulos',
    article: (slug) => `/es/articulos/${slug}`,
    search: '/es/buscar',
    feed: '/es/feed.xml',
  },
};

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function get(url) {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - start, bytes: body.byteLength };
}

/** One warm-up request, then `count` sequential requests: {p50, p95, p99} in ms. */
async function latency(url, count) {
  await get(url);
  const times = [];
  for (let i = 0; i < count; i++) times.push((await get(url)).ms);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'))?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function measureSize(count) {
  const { root, seedDir, dataDir } = seedWithArticles(count);
  const distDir = `.next-scale-${count}`;
  const env = {
    ...process.env,
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    NEXT_DIST_DIR: distDir,
    NEXT_PUBLIC_SITE_URL: `http://127.0.0.1:${SITE_PORT}`,
    LOCAL_LAKE_PORT: String(LAKE_PORT),
    LOCAL_LAKE_URL: `http://127.0.0.1:${LAKE_PORT}`,
    LOCAL_LAKE_TLS_PORT: 'off',
    LOCAL_LAKE_DATA_DIR: dataDir,
    LOCAL_LAKE_SEED_DIR: seedDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const lake = await startLakeProcess({ env });
  let site = null;
  try {
    console.log(
      `\n${count} generated articles per language: next build… (load average ${os.loadavg()[0].toFixed(2)})`,
    );
    const started = performance.now();
    await nextBuild(env);
    const buildSeconds = (performance.now() - started) / 1000;
    site = await startBuiltSite(SITE_PORT, env);
    const row = { count, buildSeconds, load: os.loadavg()[0] };
    row.sitemap = await get(`${site.url}/sitemap.xml`);
    const slug = (language) => generatedSlug(count - 1, language);
    for (const language of ['en', 'es']) {
      const paths = PATHS[language];
      row[`feed-${language}`] = await get(`${site.url}${paths.feed}`);
      row[`search-common-${language}`] = await latency(
        `${site.url}${paths.search}?q=${encodeURIComponent(COMMON_WORDS[language])}`,
        REQUESTS,
      );
      row[`search-rare-${language}`] = await latency(
        `${site.url}${paths.search}?q=${encodeURIComponent(RARE_WORDS[language])}`,
        REQUESTS,
      );
      row[`article-${language}`] = await latency(`${site.url}${paths.article(slug(language))}`, REQUESTS);
      row[`list-${language}`] = await latency(`${site.url}${paths.list}`, Math.min(REQUESTS, 50));
    }
    row.lake = memoryOf(lake.child.pid);
    return row;
  } finally {
    await site?.stop();
    await lake.stop();
    await rm(root, { recursive: true, force: true });
    await rm(path.join(repoRoot, 'apps/web', distDir), { recursive: true, force: true });
  }
}

const rows = [];
for (const size of SIZES) rows.push(await measureSize(size));

const ms = (value) => value.toFixed(1);
console.log(
  `\nScale figures (sequential requests on loopback, ${REQUESTS} per search and article, 50 per list)`,
);
for (const row of rows) {
  console.log(
    `\n${row.count} articles per language (load average ${row.load.toFixed(2)}): build ${row.buildSeconds.toFixed(1)} s`,
  );
  console.log(`  sitemap.xml first request ${ms(row.sitemap.ms)} ms, ${row.sitemap.bytes} bytes`);
  for (const language of ['en', 'es']) {
    const feed = row[`feed-${language}`];
    console.log(`  ${language} feed first request ${ms(feed.ms)} ms, ${feed.bytes} bytes`);
    for (const kind of ['search-common', 'search-rare']) {
      const figure = row[`${kind}-${language}`];
      console.log(
        `  ${language} ${kind.replace('-', ' ')}: p50 ${ms(figure.p50)} ms, p95 ${ms(figure.p95)} ms`,
      );
    }
    for (const kind of ['article', 'list']) {
      const figure = row[`${kind}-${language}`];
      console.log(`  ${language} ${kind}: p50 ${ms(figure.p50)} ms, p99 ${ms(figure.p99)} ms`);
    }
  }
  console.log(`  lake memory: ${row.lake.rss.toFixed(0)} MB resident, ${row.lake.peak.toFixed(0)} MB peak`);
}
