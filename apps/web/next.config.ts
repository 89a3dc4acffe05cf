import type { NextConfig } from 'next';
import { securityHeaders } from './src/config/security-headers.ts';
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

const config: NextConfig = {
  // A separate output folder lets the browser tests build with their own lake without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@clinic/content'],
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    return [{ source: '/cdn/images/:path*', destination: `${imageOrigin}/images/:path*` }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default config;
