import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium.mjs';

// The authoring path end to end in Debian's Chromium (no browser is downloaded): the Studio served by a fresh
// local lake, an edit published there, and the visitor site showing it. See e2e/support/global-setup.ts.

const chromiumFlags = [
  ...CHROMIUM_FLAGS,
  // Nothing leaves the machine: every host name except loopback ones fails to resolve. The Studio's own reach
  // for Sanity's CDN and font host is recorded and checked by the test (e2e/support/studio-traffic.ts).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost, EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    // The lake's certificate comes from its own local authority; this run trusts it explicitly.
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumFlags },
  },
});
