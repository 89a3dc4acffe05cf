// The lake for this package's tests: started as a child process through the package's own `startLakeProcess`, on
// a free port, without TLS (a certificate costs a second; the HTTP/2 tests turn it on), with a fresh data folder
// and the small fixture seed.
import { afterAll } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLakeProcess as startChild, type LakeProcess } from '../../src/process.ts';
import { lakeClient } from './clients.ts';

export type { LakeProcess };

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(packageDir, 'test', 'fixtures');

const createdDirs: string[] = [];
// Registered by every test file that imports this helper; runs after that file's own afterAll hooks stop lakes.
afterAll(() => {
  for (const dir of createdDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder for a lake's data, removed after the test file. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-lake-test-'));
  createdDirs.push(dir);
  return dir;
}

export function startLakeProcess(
  options: { dataDir?: string; seedDir?: string; env?: Record<string, string> } = {},
): Promise<LakeProcess> {
  return startChild({
    env: {
      ...process.env,
      LOCAL_LAKE_PORT: '0',
      LOCAL_LAKE_TLS_PORT: 'off',
      LOCAL_LAKE_TOKEN: '',
      ...options.env,
    },
    dataDir: options.dataDir ?? tempDataDir(),
    seedDir: options.seedDir ?? fixturesDir,
  });
}

/** A lake as `startLakeProcess` starts it, with a `@sanity/client` holding its write token. */
export async function startLakeWithClient(): Promise<{ lake: LakeProcess; client: SanityClient }> {
  const lake = await startLakeProcess();
  return { lake, client: lakeClient(lake.url, lake.token) };
}
