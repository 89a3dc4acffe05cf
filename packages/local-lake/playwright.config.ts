// Browser tests of the lake itself (e2e/): Debian's Chromium against a lake the spec starts, on free ports (or
// LAKE_E2E_PORT and the two next to it: the lake, a page on an allowed origin, a page on another origin).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] } },
});
