import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
import { prepareTestDataset } from './e2e/support/broken-seed.ts';
import { E2E_STUDIO_ORIGIN } from './e2e/support/framing.ts';
import { E2E_REVALIDATE_SECRET } from './e2e/support/lake-admin.ts';

// Browser tests run against the production build (`next build` + `next start`) reading a local lake that is
// started for this run on a fresh copy of the sample dataset (plus deliberately malformed documents). Debian's
// Chromium is used; no browser is downloaded.

const port = Number(process.env.E2E_PORT ?? process.env.PORT ?? 3100);
const lakePort = Number(process.env.E2E_LAKE_PORT ?? 3190);
export const baseURL = `http://127.0.0.1:${port}`;

// The config is evaluated by the runner and again by each worker; workers inherit the runner's environment, so
// the dataset is prepared exactly once.
if (!process.env.E2E_LAKE_DATA_DIR) {
  const { seedDir, dataDir } = prepareTestDataset();
  process.env.E2E_LAKE_SEED_DIR = seedDir;
  process.env.E2E_LAKE_DATA_DIR = dataDir;
}


export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  globalTeardown: './e2e/support/teardown.ts',
  use: {
    baseURL,
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@phone/ },
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, grep: /@phone/ },
  ],
  webServer: {
    // with-lake starts the lake (it is stopped when the server exits); the build goes to its own folder so it
    // never replaces the `.next` of a normal build.
    command: `node ../../scripts/with-lake.mjs -- sh -c "next build && next start --hostname 127.0.0.1 --port ${port}"`,
    url: `${baseURL}/robots.txt`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NEXT_PUBLIC_SANITY_PROJECT_ID: '',
      NEXT_PUBLIC_SITE_URL: baseURL,
      NEXT_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      SANITY_REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
      NEXT_PUBLIC_SANITY_STUDIO_URL: E2E_STUDIO_ORIGIN,
      LOCAL_LAKE_PORT: String(lakePort),
      LOCAL_LAKE_URL: `http://127.0.0.1:${lakePort}`,
      LOCAL_LAKE_DATA_DIR: process.env.E2E_LAKE_DATA_DIR ?? '',
      LOCAL_LAKE_SEED_DIR: process.env.E2E_LAKE_SEED_DIR ?? '',
    },
  },
});
