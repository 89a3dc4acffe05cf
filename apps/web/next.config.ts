import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { CONTENT_REVALIDATE_SECONDS } from './src/content-client/cache.ts';
import { DRAFT_MODE_COOKIE, securityHeaders, sitePolicy } from './src/http/security-headers.ts';
import { assertBuildTimeSettingsUnchanged, recordBuildTimeSettings } from './src/env/build-time.ts';
import './src/env/lake.ts';
import { publicEnv } from './src/env/public.ts';
import { sectionSource } from './src/i18n/paths.ts';
import { NOT_FOUND_PAGES } from './src/shell/status-pages.ts';

// Importing the env modules here parses the environment at `next build` / `next start`, so a malformed
// variable stops the server with a readable message instead of failing inside a page.

/**
 * The policy of every public page, the same for all visitors because the page is served from Next's cache (why
 * it allows Next's inline bootstrap: src/http/security-headers.ts, docs/security.md). Draft-mode responses
 * carry the draft-mode cookie and get a per-request nonce policy from src/proxy.ts instead.
 */
const cachedPagePolicy = sitePolicy(null, publicEnv, process.env.NODE_ENV === 'development');

/**
 * How long a shared cache (CDN) may keep serving a page while it fetches a fresh one, in seconds from when the
 * page was rendered. Next sends `Cache-Control: s-maxage=<revalidate>, stale-while-revalidate=<this − revalidate>`
 * on cached pages; revalidate is the content fetches' five minutes (src/content-client/fetch.ts). An hour bounds how long
 * a CDN can show a page older than that, instead of Next's default of a year.
 */
const CACHE_EXPIRE_SECONDS = 3600;

/**
 * Search results render per request (they depend on the query string), so Next would send `private, no-store`.
 * They hold nothing personal, only published content, so a shared cache may keep each URL as long as a cached
 * page: `s-maxage` the content revalidation time, then served stale while refreshed up to the same hour. Browsers
 * revalidate (`max-age=0`). Draft-mode requests keep Next's `no-store`.
 */
const searchPageCacheControl = `public, max-age=0, s-maxage=${CONTENT_REVALIDATE_SECONDS}, stale-while-revalidate=${CACHE_EXPIRE_SECONDS - CONTENT_REVALIDATE_SECONDS}`;

const config: NextConfig = {
  // A separate output folder lets the browser tests build with their own lake without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@clinic/content', '@clinic/local-lake'],
  poweredByHeader: false,
  // No ETag: Next hashes the whole body of every response to make one (about 0.2–0.3 ms for a 62 kB article, a
  // quarter of a cached page's server time; scripts/load/README.md, "Page weight"). Pages are cached by time
  // (s-maxage) in Next and in any CDN in front; what is lost is the 304 a returning browser could get, so it
  // downloads the page again (about 14 kB gzipped for an article).
  generateEtags: false,
  reactStrictMode: true,
  expireTime: CACHE_EXPIRE_SECONDS,
  // Addresses no page, route or file has: the not-found page of their language (answered 404, rendered once and
  // cached; why not a catch-all page calling notFound(): src/shell/ServerNotFound.tsx).
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [],
      fallback: [
        { source: '/es/:path*', destination: NOT_FOUND_PAGES.es },
        { source: '/:path*', destination: NOT_FOUND_PAGES.en },
      ],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/:path*',
        missing: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }],
        headers: [{ key: 'Content-Security-Policy', value: cachedPagePolicy }],
      },
      {
        // The search page in every site language (/search, /es/buscar, …), from the route table.
        source: sectionSource('search'),
        missing: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }],
        headers: [{ key: 'Cache-Control', value: searchPageCacheControl }],
      },
    ];
  },
};

// `next build` records the settings it fixes into the output; `next start` refuses to serve it if they changed.
export default function nextConfig(phase: string): NextConfig {
  const distDir = config.distDir ?? '.next';
  if (phase === PHASE_PRODUCTION_BUILD) recordBuildTimeSettings(distDir);
  if (phase === PHASE_PRODUCTION_SERVER) assertBuildTimeSettingsUnchanged(distDir);
  return config;
}
