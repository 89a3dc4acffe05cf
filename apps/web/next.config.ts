import type { NextConfig } from 'next';
import { DRAFT_MODE_COOKIE, securityHeaders, sitePolicy } from './src/config/security-headers.ts';
import { localLakeUrl } from './src/env/lake.ts';
import { publicEnv } from './src/env/public.ts';

// Importing the env modules here parses the environment at `next build` / `next start`, so a malformed
// variable stops the server with a readable message instead of failing inside a page.

/**
 * Images are served from the site's own origin under /cdn/images/…: the browser never talks to a third party
 * (no request to cdn.sanity.io that could tell it who reads which health article) and, in local mode, never
 * needs to reach the lake on 127.0.0.1. The image service (Sanity's CDN or the lake) does the resizing, so the
 * Next.js optimizer is not involved.
 */
const imageOrigin = publicEnv.isLocalLake ? localLakeUrl : 'https://cdn.sanity.io';

/**
 * The policy of every public page, the same for all visitors because the page is served from Next's cache (why
 * it allows Next's inline bootstrap: src/config/security-headers.ts, docs/security.md). Draft-mode responses
 * carry the draft-mode cookie and get a per-request nonce policy from src/proxy.ts instead.
 */
const cachedPagePolicy = sitePolicy(null, publicEnv, process.env.NODE_ENV === 'development');

/**
 * How long a shared cache (CDN) may keep serving a page while it fetches a fresh one, in seconds from when the
 * page was rendered. Next sends `Cache-Control: s-maxage=<revalidate>, stale-while-revalidate=<this − revalidate>`
 * on cached pages; revalidate is the content fetches' five minutes (src/sanity/fetch.ts). An hour bounds how long
 * a CDN can show a page older than that, instead of Next's default of a year.
 */
const CACHE_EXPIRE_SECONDS = 3600;

const config: NextConfig = {
  // A separate output folder lets the browser tests build with their own lake without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@clinic/content'],
  poweredByHeader: false,
  reactStrictMode: true,
  expireTime: CACHE_EXPIRE_SECONDS,
  async rewrites() {
    return [{ source: '/cdn/images/:path*', destination: `${imageOrigin}/images/:path*` }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/:path*',
        missing: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }],
        headers: [{ key: 'Content-Security-Policy', value: cachedPagePolicy }],
      },
    ];
  },
};

export default config;
