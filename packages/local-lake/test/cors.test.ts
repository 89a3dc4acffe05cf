// CORS as the hosted Content Lake does it (https://www.sanity.io/docs/cors): only configured origins get an
// `Access-Control-Allow-Origin` grant, credentials only where allowed; any other page's origin gets none, on
// answers, preflights, `/check/cors` and the presence WebSocket. Raw HTTP: @sanity/client sends no Origin.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OTHER = 'https://attacker.example';
const EXTRA = 'https://preview.clinic.example';

let lake: LakeProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  lake = await startLakeProcess({ dataDir, env: { LOCAL_LAKE_CORS_ORIGINS: EXTRA, PORT: '3005' } });
});

afterAll(async () => {
  await lake?.stop();
});

const query = (origin: string, init: RequestInit = {}) =>
  fetch(`${lake.url}/v2025-02-19/data/query/production?query=count(*)`, {
    ...init,
    headers: { origin, ...init.headers },
  });

describe('CORS origins', () => {
  it.each([
    ['the Studio dev server', 'http://localhost:3333'],
    ['the Studio dev server at 127.0.0.1', 'http://127.0.0.1:3333'],
    ['the site on its PORT', 'http://localhost:3005'],
    ['an origin from LOCAL_LAKE_CORS_ORIGINS', EXTRA],
  ])('grants %s with credentials', async (_name, origin) => {
    const response = await query(origin);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives another origin no grant on answers, preflights and /check/cors', async () => {
    const response = await query(OTHER);
    expect(response.status).toBe(200); // the request is answered; the browser withholds it from the page
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${lake.url}/v2025-02-19/data/mutate/production`, {
      method: 'OPTIONS',
      headers: {
        origin: OTHER,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    const check = await fetch(`${lake.url}/v2025-02-19/check/cors`, { headers: { origin: OTHER } });
    expect(await check.json()).toEqual({ result: { allowed: false, withCredentials: false } });
  });

  it('refuses the presence WebSocket from another origin', async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${lake.url.replace('http', 'ws')}/v2025-02-19/socket/production`, {
        headers: { origin: OTHER },
      });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => {
        socket.close();
        resolve(101);
      });
    });
    expect(status).toBe(403);
  });

  it('`local-lake cors add` allows an origin without restarting, with credentials only when asked', async () => {
    const cli = path.join(packageDir, 'src', 'cli.ts');
    const env = { ...process.env, LOCAL_LAKE_DATA_DIR: dataDir };
    await promisify(execFile)(process.execPath, [cli, 'cors', 'add', 'https://reader.example'], { env });
    const reader = await query('https://reader.example');
    expect(reader.headers.get('access-control-allow-origin')).toBe('https://reader.example');
    expect(reader.headers.get('access-control-allow-credentials')).toBeNull();
    await promisify(execFile)(
      process.execPath,
      [cli, 'cors', 'add', 'https://editor.example', '--credentials'],
      {
        env,
      },
    );
    const editor = await query('https://editor.example');
    expect(editor.headers.get('access-control-allow-credentials')).toBe('true');
    const check = await fetch(`${lake.url}/v2025-02-19/check/cors`, {
      headers: { origin: 'https://editor.example' },
    });
    expect(await check.json()).toEqual({ result: { allowed: true, withCredentials: true } });
  });
});
