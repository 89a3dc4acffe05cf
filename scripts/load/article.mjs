#!/usr/bin/env node
// `npm run bench:load`: a bounded load on one article page of the production build, on loopback.
// 50 connections for 30 seconds by default (LOAD_CONNECTIONS, LOAD_SECONDS). Prints requests per second, latency
// percentiles, errors and non-2xx answers, and exits non-zero if there was any error, timeout or non-2xx answer.
//
// LOAD_URL=http://127.0.0.1:3000/articles/<slug> measures a site that is already running; otherwise a fresh lake
// (temporary data folder, sample dataset) and `next start` on the existing build are started (built first when
// the build folder — NEXT_DIST_DIR, default apps/web/.next — has none, or with LOAD_REBUILD=1).
import { SANITY_API_VERSION } from '@clinic/content/api-version';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startLakeProcess } from '@clinic/local-lake/process';
import { repoRoot } from '../lib/repo-root.mjs';
import { localSiteEnv, nextBuild, startBuiltSite } from '../lib/site-process.mjs';

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const LAKE_PORT = Number(process.env.LOAD_LAKE_PORT ?? 3960);
const SITE_PORT = Number(process.env.LOAD_SITE_PORT ?? 3220);

/** The site path of the first English article by slug (`/articles/<slug>`), read from the lake at `lakeUrl`. */
export async function firstArticlePath(lakeUrl) {
  const slug = await queryLake(
    lakeUrl,
    '*[_type == "article" && coalesce(language, "en") == "en" && defined(slug.current)] | order(slug.current asc)[0].slug.current',
  );
  if (typeof slug !== 'string') throw new Error('the lake has no article with a slug to measure');
  return `/articles/${slug}`;
}

/**
 * The same article in both languages, for comparing them: the first English article (by slug) that has a Spanish
 * translation, and that translation's address as the site's own page announces it (its `es-US` alternate link),
 * so this script knows no Spanish route. Returns `{ en, es }` site paths.
 */
export async function translatedArticlePaths(lakeUrl, siteUrl) {
  const slug = await queryLake(
    lakeUrl,
    '*[_type == "article" && coalesce(language, "en") == "en" && defined(slug.current) && count(*[_type == "translation.metadata" && references(^._id)].translations[value->language == "es"]) > 0] | order(slug.current asc)[0].slug.current',
  );
  if (typeof slug !== 'string') throw new Error('the lake has no English article with a Spanish translation');
  const en = `/articles/${slug}`;
  const html = await (await fetch(`${siteUrl}${en}`)).text();
  // React writes the attribute as `hrefLang`; HTML attribute names are case-insensitive.
  const alternate = /<link[^>]*hreflang="es-US"[^>]*>/i.exec(html)?.[0];
  const href = alternate && /href="([^"]+)"/.exec(alternate)?.[1];
  if (!href) throw new Error(`${en} announces no es-US alternate`);
  return { en, es: new URL(href, siteUrl).pathname };
}

async function queryLake(lakeUrl, query) {
  const response = await fetch(
    `${lakeUrl}/v${SANITY_API_VERSION}/data/query/production?query=${encodeURIComponent(query)}`,
  );
  return (await response.json()).result;
}

/** Runs autocannon and returns the figures this project reports. */
export async function measure(url, { connections, seconds }) {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx ?? 0,
  };
}

async function main() {
  let lake = null;
  let site = null;
  let dataDir = null;
  try {
    let url = process.env.LOAD_URL;
    if (!url) {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'load-lake-'));
      const env = localSiteEnv({ lakePort: LAKE_PORT, sitePort: SITE_PORT, dataDir });
      lake = await startLakeProcess({ env });
      const distDir = path.join(repoRoot, 'apps/web', env.NEXT_DIST_DIR || '.next');
      if (!existsSync(path.join(distDir, 'BUILD_ID')) || process.env.LOAD_REBUILD) {
        console.log('Building the site (next build)…');
        await nextBuild(env);
      }
      site = await startBuiltSite(SITE_PORT, env);
      url = `${site.url}${await firstArticlePath(lake.url)}`;
    }
    // Warm the data cache and the server's code paths so the figures describe steady state.
    for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();

    console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s on ${url}`);
    const figures = await measure(url, { connections: CONNECTIONS, seconds: SECONDS });
    console.log(
      `requests/s ${figures.rps}  p50 ${figures.p50ms} ms  p99 ${figures.p99ms} ms  ` +
        `requests ${figures.requests}  errors ${figures.errors}  timeouts ${figures.timeouts}  non-2xx ${figures.non2xx}`,
    );
    const failed = figures.errors + figures.timeouts + figures.non2xx;
    if (failed > 0) {
      console.error(`FAILED: ${failed} request(s) did not get a 2xx answer`);
      process.exitCode = 1;
    }
  } finally {
    await site?.stop();
    await lake?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
