#!/usr/bin/env node
// `npm run bench:scale`: what growth costs. For 10, 100 and 1,000 generated articles (SCALE_SIZES to change) it
// starts a fresh lake on a seed with that many extra articles, runs `next build` into its own NEXT_DIST_DIR,
// starts the build and times sequential requests to one generated article page and to the article list.
// Prints build time and p50/p99 latency per size. Everything it creates is removed afterwards.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLakeProcess } from '@clinic/local-lake/process';
import { repoRoot } from '../lib/repo-root.mjs';
import { nextBuild, startBuiltSite } from '../lib/site-process.mjs';
import { generatedSlug, seedWithArticles } from './generate.mjs';

const SIZES = (process.env.SCALE_SIZES ?? '10,100,1000').split(',').map(Number);
const REQUESTS = Number(process.env.SCALE_REQUESTS ?? 200);
const LAKE_PORT = Number(process.env.SCALE_LAKE_PORT ?? 3970);
const SITE_PORT = Number(process.env.SCALE_SITE_PORT ?? 3230);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One warm-up request, then `count` sequential requests; latency in ms. */
async function latency(url, count) {
  const first = await fetch(url);
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
  await first.arrayBuffer();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50).toFixed(1), p99: percentile(times, 99).toFixed(1) };
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
    console.log(`\n${count} generated articles: next build…`);
    const started = performance.now();
    await nextBuild(env);
    const buildSeconds = ((performance.now() - started) / 1000).toFixed(1);
    site = await startBuiltSite(SITE_PORT, env);
    const article = await latency(`${site.url}/articles/${generatedSlug(count - 1)}`, REQUESTS);
    const list = await latency(`${site.url}/articles`, Math.min(REQUESTS, 50));
    return { articles: count, buildSeconds, article, list };
  } finally {
    await site?.stop();
    await lake.stop();
    await rm(root, { recursive: true, force: true });
    await rm(path.join(repoRoot, 'apps/web', distDir), { recursive: true, force: true });
  }
}

const rows = [];
for (const size of SIZES) rows.push(await measureSize(size));

console.log(
  `\nScale figures (sequential requests on loopback; article: ${REQUESTS} requests, list: ${Math.min(REQUESTS, 50)})`,
);
console.log('generated articles | build s | article p50 ms | article p99 ms | list p50 ms | list p99 ms');
for (const row of rows) {
  console.log(
    `${String(row.articles).padStart(18)} | ${row.buildSeconds.padStart(7)} | ${row.article.p50.padStart(14)} | ` +
      `${row.article.p99.padStart(14)} | ${row.list.p50.padStart(11)} | ${row.list.p99.padStart(11)}`,
  );
}
