#!/usr/bin/env node
// `npm run bench`: measures the production site the way visitors meet it. For the home page, an article and the
// contact page, and one article in English and Spanish, it prints Lighthouse mobile scores, the JavaScript and HTML bytes sent, and requests per second with
// p99 latency from a short, bounded load on loopback. It builds the site first, into apps/web/.next-bench.
//
// Targets: performance ≥ 98; accessibility, best practices and SEO 100; no JavaScript beyond the framework's
// shared chunks on content pages.
//
// Lighthouse's mobile run slows the CPU 4× relative to this machine, so on a shared machine total blocking time
// (and with it the performance score) moves with everybody else's load. The same figures for a one-page Next.js
// app of the same version, measured with the same browser in the same run, show how much of it is the
// framework's own start-up (BENCH_REFERENCE_PORT, default 3211). Before each page it waits (bounded) for the
// one-minute load average to fall below 1 (scripts/bench/quiet.mjs), prints that load average and Lighthouse's
// host index beside the figures, and gives each page's total blocking time as a ratio to the one-page app's.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLakeProcess } from '@clinic/local-lake/process';
import { startReferenceApp } from '../lib/reference-app.mjs';
import { nextBuild, startBuiltSite } from '../lib/site-process.mjs';
import { launchChromium } from './chromium.mjs';
import { lighthouseFigures } from './lighthouse.mjs';
import { firstArticlePath, measure, translatedArticlePaths } from '../load/article.mjs';
import { printTable } from './table.mjs';
import { waitForQuiet } from './quiet.mjs';

const LAKE_PORT = Number(process.env.BENCH_LAKE_PORT ?? 3950);
const SITE_PORT = Number(process.env.BENCH_SITE_PORT ?? 3210);
const REFERENCE_PORT = Number(process.env.BENCH_REFERENCE_PORT ?? 3211);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 20);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-lake-'));
const env = {
  ...process.env,
  LOCAL_LAKE_PORT: String(LAKE_PORT),
  LOCAL_LAKE_URL: `http://127.0.0.1:${LAKE_PORT}`,
  LOCAL_LAKE_DATA_DIR: dataDir,
  LOCAL_LAKE_TLS_PORT: 'off', // the Studio's TLS port is not needed here and may be taken by another lake
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  SANITY_TELEMETRY_DISABLED: '1',
};

const lake = await startLakeProcess({ env });
let site;
let reference;
let chromium;
try {
  // Always a fresh build in its own folder: the lake's address is fixed into a build (image rewrites), and the
  // figures must describe the code as it is now.
  console.log('Building the site (next build)…');
  await nextBuild(env);
  site = await startBuiltSite(SITE_PORT, env);
  reference = await startReferenceApp(REFERENCE_PORT);
  const translated = await translatedArticlePaths(lake.url, site.url);
  const pages = [
    { name: 'home', url: `${site.url}/` },
    { name: 'article', url: `${site.url}${await firstArticlePath(lake.url)}` },
    { name: 'article (en)', url: `${site.url}${translated.en}` },
    { name: 'article (es)', url: `${site.url}${translated.es}` },
    { name: 'articles (en)', url: `${site.url}/articles` },
    { name: 'articles (es)', url: `${site.url}/es/articulos` },
    { name: 'benefits', url: `${site.url}/benefits` },
    { name: 'contact', url: `${site.url}/contact` },
    { name: 'search', url: `${site.url}/search?q=ketamine` },
    { name: 'one-page app', url: `${reference.url}/` },
  ];

  chromium = await launchChromium();
  const rows = [];
  for (const page of pages) {
    const { url } = page;
    const { load: loadAverage } = await waitForQuiet();
    const lighthouse = await lighthouseFigures(url, chromium.port);
    const load = await measure(url, { seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS });
    rows.push({
      page: page.name,
      url,
      loadAverage: loadAverage.toFixed(2),
      ...lighthouse,
      ...load,
      errors: load.errors + load.timeouts + load.non2xx,
    });
  }
  const onePage = rows.at(-1);
  for (const row of rows) row.tbtRatio = onePage.tbtMs > 0 ? (row.tbtMs / onePage.tbtMs).toFixed(2) : '–';
  printTable(rows, { seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS });
  console.log(
    `\nAgainst the one-page app in this run: ` +
      rows
        .slice(0, -1)
        .map(
          (row) =>
            `${row.page} TBT ${row.tbtMs} ms vs ${onePage.tbtMs} ms, JS ${row.jsBytes} vs ${onePage.jsBytes} bytes`,
        )
        .join('; '),
  );
} finally {
  await chromium?.close();
  await reference?.stop();
  await site?.stop();
  await lake.stop();
  await rm(dataDir, { recursive: true, force: true });
}
