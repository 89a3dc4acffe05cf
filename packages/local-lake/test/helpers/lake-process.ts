// Starts the lake as a child process (the way `npm run lake` does), on a free port with its own data folder.
import { afterAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(packageDir, 'test', 'fixtures');

export interface LakeProcess {
  url: string;
  tlsUrl: string | null;
  token: string;
  dataDir: string;
  child: ChildProcess;
  logs: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

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

export async function startLakeProcess(
  options: { dataDir?: string; seedDir?: string; env?: Record<string, string> } = {},
): Promise<LakeProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, [path.join(packageDir, 'src', 'cli.ts')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      LOCAL_LAKE_PORT: '0',
      // Generating the TLS certificate costs about a second; only the HTTP/2 tests turn it on.
      LOCAL_LAKE_TLS_PORT: 'off',
      LOCAL_LAKE_DATA_DIR: dataDir,
      LOCAL_LAKE_SEED_DIR: options.seedDir ?? fixturesDir,
      LOCAL_LAKE_TOKEN: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const { url, tlsUrl } = await new Promise<{ url: string; tlsUrl: string | null }>((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) {
        child.stdout?.off('data', onData);
        resolve(JSON.parse(line) as { url: string; tlsUrl: string | null });
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`lake exited with ${code} before listening:\n${logs.join('')}`)),
    );
  });
  const token = options.env?.LOCAL_LAKE_TOKEN || fs.readFileSync(path.join(dataDir, 'token'), 'utf8').trim();
  return {
    url,
    tlsUrl,
    token,
    dataDir,
    child,
    logs,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
