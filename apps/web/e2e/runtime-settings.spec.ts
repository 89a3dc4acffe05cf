import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLakeProcess } from '@clinic/local-lake/process';
import { repoRoot } from '@clinic/local-lake/settings';
import { startBuiltSite } from '../../../scripts/lib/site-process.mjs';
import { baseURL } from '../playwright.config.ts';
import { E2E_STUDIO_ORIGIN } from './support/framing.ts';
import { PAGE_TYPES, SAMPLE_ARTICLE } from './support/pages.ts';

// The build the other tests use (`.next-e2e`, built against the lake on E2E_LAKE_PORT) is started a second time
// against a second lake on another port, with no rebuild: what changes between the two is read at run time.
const sitePort = Number(new URL(baseURL).port) + 1;
const lakePort = Number(process.env.E2E_LAKE_PORT ?? 3190) + 1;

/** The environment the build was made with (playwright.config.ts), pointing at another lake. */
function startEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_DIST_DIR: '.next-e2e',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    NEXT_PUBLIC_SITE_URL: baseURL,
    NEXT_PUBLIC_SANITY_STUDIO_URL: E2E_STUDIO_ORIGIN,
    LOCAL_LAKE_PORT: String(lakePort),
    LOCAL_LAKE_URL: `http://127.0.0.1:${lakePort}`,
    ...overrides,
  };
}

test('a built site started against a lake on another port serves every image without a rebuild', async ({ page, request }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'clinic-web-e2e-second-lake-'));
  // No HTTPS listener: the Studio is not involved, and its port may be taken by another lake.
  const lake = await startLakeProcess({
    port: lakePort,
    tlsPort: 'off',
    dataDir,
    seedDir: process.env.E2E_LAKE_SEED_DIR,
    env: process.env,
  });
  let lakeRunning = true;
  const site = await startBuiltSite(sitePort, startEnv()).catch(async (error: unknown) => {
    await lake.stop();
    throw error;
  });
  try {
    const images = new Set<string>();
    for (const pagePath of [...PAGE_TYPES.filter((type) => type.status === 200).map((type) => type.path), SAMPLE_ARTICLE]) {
      await page.goto(`${site.url}${pagePath}`);
      for (const img of await page.locator('img').all()) {
        const src = await img.getAttribute('src');
        if (src) images.add(src);
        for (const candidate of (await img.getAttribute('srcset'))?.split(',') ?? []) images.add(candidate.trim().split(' ')[0]!);
      }
    }
    expect(images.size).toBeGreaterThan(0);
    for (const image of images) {
      const response = await request.get(new URL(image, site.url).toString());
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type'], image).toMatch(/^image\//);
    }

    // With the second lake gone the images fail, though the lake the site was built with still runs: they came
    // from the lake named at start-up.
    await lake.stop();
    lakeRunning = false;
    const [first] = images;
    const response = await request.get(new URL(first!, site.url).toString());
    expect(response.status()).toBe(502);
  } finally {
    await site.stop();
    if (lakeRunning) await lake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('next start refuses a build-time setting that differs from the build, naming the variable', async () => {
  test.setTimeout(90_000);
  const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', String(sitePort), '-H', '127.0.0.1'], {
    cwd: path.join(repoRoot, 'apps/web'),
    env: startEnv({ NEXT_PUBLIC_SITE_URL: 'https://moved.example', CLINIC_TIME_ZONE: 'Europe/Berlin' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      resolve(null);
    }, 60_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code, output).not.toBe(0);
  expect(code, output).not.toBeNull();
  expect(output).toContain(`NEXT_PUBLIC_SITE_URL: built with ${JSON.stringify(baseURL)}, now "https://moved.example"`);
  expect(output).toContain('CLINIC_TIME_ZONE: built with "America/Los_Angeles", now "Europe/Berlin"');
});
