// The real Studio (built from sanity/, as shipped) against the lake in Debian's Chromium over HTTP/2: it must log
// in with the token, open the primary clinic, save an edit, publish it, refuse an invalid phone number, and never
// call an endpoint the lake does not know.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLINIC_ID = 'clinic-propel-sacramento';

let lake: LakeProcess;
let browser: Browser;
let page: Page;
let studioOrigin: string;
let studioDir: string | undefined;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (scripts/install-chromium.sh installs it)`);
  const tlsPort = await freePort();
  studioOrigin = `https://local.localhost:${tlsPort}`;
  // The Studio bakes its lake URL in at build time, so it is built for this run's port.
  studioDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-for-lake-test-'));
  await promisify(execFile)('npx', ['sanity', 'build', studioDir, '--yes'], {
    cwd: path.join(repoRoot, 'sanity'),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      SANITY_TELEMETRY_DISABLED: '1',
      SANITY_STUDIO_PROJECT_ID: '',
      SANITY_STUDIO_LAKE_URL: `https://localhost:${tlsPort}`,
    },
    maxBuffer: 20 * 1024 * 1024,
  });
  lake = await startLakeProcess({
    seedDir: path.join(repoRoot, 'sanity', 'seed'),
    env: { LOCAL_LAKE_TLS_PORT: String(tlsPort), LOCAL_LAKE_STUDIO_DIR: studioDir },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  // The lake's certificate comes from its own local authority, which this browser profile does not trust.
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
  });
  page = await context.newPage();
  await page.goto(`${studioOrigin}/#token=${lake.token}`);
  // Logged in once the desk shows its content list (the token is then kept in the browser's storage).
  await page.getByText('Clinics', { exact: false }).first().waitFor({ timeout: 90_000 });
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await lake?.stop();
  if (studioDir) fs.rmSync(studioDir, { recursive: true, force: true });
});

async function openClinic(): Promise<void> {
  await page.goto(`${studioOrigin}/structure/clinic;${CLINIC_ID}`);
  await page.getByText('Phone', { exact: true }).first().waitFor({ timeout: 60_000 });
}

/** Keeps a screenshot of the Studio when a step fails, for whoever reads the test output. */
async function withScreenshot(name: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const file = path.join(os.tmpdir(), `local-lake-studio-${name}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    throw new Error(`${(error as Error).message}\nScreenshot: ${file}`);
  }
}

describe('the Studio on the local lake', () => {
  it('edits the primary clinic phone number and publishes it', async () => {
    await openClinic();
    const phone = page.locator('input[value="+19169159215"]');
    await withScreenshot('open-clinic', () => phone.waitFor({ timeout: 30_000 }));
    await phone.fill('+19165550142');
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    await expect(publish).toBeDefined();
    // Publishing becomes possible once the draft is saved and validated.
    await page.waitForFunction(
      () => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Publish',
        );
        return button !== undefined && !button.disabled && button.getAttribute('data-disabled') !== 'true';
      },
      undefined,
      { timeout: 20_000 },
    );
    await publish.click();
    const site = lakeClient(lake.url);
    const deadline = Date.now() + 15_000;
    let published: string | undefined;
    while (Date.now() < deadline) {
      published = (await site.getDocument(CLINIC_ID))?.phone as string | undefined;
      if (published === '+19165550142') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(published).toBe('+19165550142');
    expect(await lakeClient(lake.url, lake.token).getDocument(`drafts.${CLINIC_ID}`)).toBeUndefined();
  }, 180_000);

  it('refuses to publish an invalid phone number', async () => {
    await openClinic();
    const phone = page.locator('input[value="+19165550142"]');
    await withScreenshot('open-clinic', () => phone.waitFor({ timeout: 30_000 }));
    await phone.fill('555-not-a-number');
    // The draft is saved (edits are never lost) but validation keeps it from being published.
    const deadline = Date.now() + 15_000;
    let draftPhone: unknown;
    while (Date.now() < deadline) {
      draftPhone = (await lakeClient(lake.url, lake.token).getDocument(`drafts.${CLINIC_ID}`))?.phone;
      if (draftPhone === '555-not-a-number') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(draftPhone).toBe('555-not-a-number');
    // Try to publish the way an editor would; the Studio must refuse (button disabled, or the action declines).
    await page.waitForTimeout(3000);
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    if (await publish.isEnabled()) await publish.click();
    await page.waitForTimeout(5000);
    expect((await lakeClient(lake.url).getDocument(CLINIC_ID))?.phone).toBe('+19165550142');
    expect((await lakeClient(lake.url, lake.token).getDocument(`drafts.${CLINIC_ID}`))?.phone).toBe(
      '555-not-a-number',
    );
  }, 180_000);

  it('called no endpoint the lake does not know', () => {
    expect(lake.logs.join('')).not.toContain('UNKNOWN ENDPOINT');
  });
});
