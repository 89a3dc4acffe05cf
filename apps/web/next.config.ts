import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { securityHeaders } from './src/config/security-headers.ts';
import { assertBuildTimeSettingsUnchanged, recordBuildTimeSettings } from './src/env/build-time.ts';
import './src/env/lake.ts';

// Importing the env modules here parses the environment at `next build` / `next start`, so a malformed
// variable stops the server with a readable message instead of failing inside a page.

const config: NextConfig = {
  // A separate output folder lets the browser tests build with their own lake without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@clinic/content'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// `next build` records the settings it fixes into the output; `next start` refuses to serve it if they changed.
export default function nextConfig(phase: string): NextConfig {
  const distDir = config.distDir ?? '.next';
  if (phase === PHASE_PRODUCTION_BUILD) recordBuildTimeSettings(distDir);
  if (phase === PHASE_PRODUCTION_SERVER) assertBuildTimeSettingsUnchanged(distDir);
  return config;
}
