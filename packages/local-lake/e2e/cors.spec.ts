// A web page in a real browser (Debian's Chromium) may read from and write to the lake only from an allowed
// origin (https://www.sanity.io/docs/cors). A page on another origin — any site a staff member visits — gets no
// CORS grant: the browser refuses it the answer to a read and stops a write at its preflight, so nothing is stored.
import { expect, test, type Page } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLakeProcess, type LakeProcess } from '../src/process.ts';

// Free ports unless LAKE_E2E_PORT names the first of three.
const BASE_PORT = Number(process.env.LAKE_E2E_PORT ?? 0);
const portAt = (offset: number) => (BASE_PORT === 0 ? 0 : BASE_PORT + offset);
const fixtures = path.join(import.meta.dirname, '..', 'test', 'fixtures');

let lake: LakeProcess;
let dataDir: string;
const pages: http.Server[] = [];
let allowedOrigin: string;
let otherOrigin: string;

/** A server answering every path with an empty page: the origin a script runs from. */
async function pageServer(port: number): Promise<string> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>page</title>');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  pages.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test.beforeAll(async () => {
  allowedOrigin = await pageServer(portAt(1));
  otherOrigin = await pageServer(portAt(2));
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-lake-cors-'));
  lake = await startLakeProcess({
    env: {
      ...process.env,
      LOCAL_LAKE_PORT: String(portAt(0)),
      LOCAL_LAKE_TLS_PORT: 'off',
      LOCAL_LAKE_TOKEN: '',
      LOCAL_LAKE_CORS_ORIGINS: allowedOrigin,
    },
    dataDir,
    seedDir: fixtures,
  });
});

test.afterAll(async () => {
  await lake?.stop();
  for (const server of pages) server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Attempt {
  read: string;
  write: string;
}

/** From a page on `origin`: a read of the dataset and a write with the editor's token, as a script would try. */
async function attemptFrom(page: Page, origin: string, id: string): Promise<Attempt> {
  await page.goto(`${origin}/`);
  return page.evaluate(
    async ({ lakeUrl, token, id }) => {
      const outcome = async (request: Promise<Response>) => {
        try {
          const response = await request;
          return `answered ${response.status}`;
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      };
      return {
        read: await outcome(fetch(`${lakeUrl}/v2025-02-19/data/query/production?query=count(*)`)),
        write: await outcome(
          fetch(`${lakeUrl}/v2025-02-19/data/mutate/production`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ mutations: [{ create: { _id: id, _type: 'corsNote' } }] }),
          }),
        ),
      };
    },
    { lakeUrl: lake.url, token: lake.token, id },
  );
}

async function stored(id: string): Promise<boolean> {
  const response = await fetch(`${lake.url}/v2025-02-19/data/doc/production/${id}`, {
    headers: { authorization: `Bearer ${lake.token}` },
  });
  return ((await response.json()) as { documents: unknown[] }).documents.length > 0;
}

test('a page on another origin can neither read the lake nor write to it', async ({ page }) => {
  const attempt = await attemptFrom(page, otherOrigin, 'cors-from-other');
  expect(attempt.read).toMatch(/^refused: TypeError/);
  expect(attempt.write).toMatch(/^refused: TypeError/);
  expect(await stored('cors-from-other')).toBe(false);
});

test('a page on an allowed origin reads and writes', async ({ page }) => {
  const attempt = await attemptFrom(page, allowedOrigin, 'cors-from-allowed');
  expect(attempt).toEqual({ read: 'answered 200', write: 'answered 200' });
  expect(await stored('cors-from-allowed')).toBe(true);
});
