import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import http2 from 'node:http2';
import path from 'node:path';
import WebSocket from 'ws';
import { tokenFile } from '../src/auth.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess({ env: { LOCAL_LAKE_TLS_PORT: '0' } });
});

afterAll(async () => {
  await lake?.stop();
});

function h2Get(base: string, ca: string, requestPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; protocol: string | undefined }>((resolve, reject) => {
    const session = http2.connect(base, { ca, servername: 'local.localhost' });
    session.on('error', reject);
    const request = session.request({
      ':path': requestPath,
      ':authority': new URL(base).host.replace('localhost', 'local.localhost'),
      ...headers,
    });
    let body = '';
    let status = 0;
    request.on('response', (responseHeaders) => {
      status = Number(responseHeaders[':status']);
    });
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const protocol = session.alpnProtocol;
      session.close();
      resolve({ status, body, protocol });
    });
    request.on('error', reject);
  });
}

describe('HTTP/2 over TLS', () => {
  it('serves the same API over HTTP/2 with a certificate from the local authority', async () => {
    expect(lake.tlsUrl).toMatch(/^https:\/\/localhost:\d+$/);
    const ca = fs.readFileSync(path.join(lake.dataDir, 'tls', 'ca.crt'), 'utf8');
    const response = await h2Get(
      lake.tlsUrl!,
      ca,
      '/v2025-02-19/data/query/production?query=count(*%5B_type%3D%3D%22article%22%5D)',
    );
    expect(response.protocol).toBe('h2');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).result).toBe(2);

    const unauthorized = await h2Get(
      lake.tlsUrl!,
      ca,
      '/v2025-02-19/data/query/production?query=*&perspective=drafts',
    );
    expect(unauthorized.status).toBe(401);
    const authorized = await h2Get(
      lake.tlsUrl!,
      ca,
      '/v2025-02-19/data/query/production?query=count(*)&perspective=drafts',
      {
        authorization: `Bearer ${lake.token}`,
      },
    );
    expect(authorized.status).toBe(200);
  });

  it('opens the presence socket on the TLS port, as a browser does there (WebSocket over HTTP/1.1)', async () => {
    const ca = fs.readFileSync(path.join(lake.dataDir, 'tls', 'ca.crt'), 'utf8');
    const url = `${lake.tlsUrl!.replace('https://localhost', 'wss://127.0.0.1')}/v2022-06-30/socket/production`;
    const ws = new WebSocket(url, { ca });
    const reply = await new Promise<unknown>((resolve, reject) => {
      ws.once('error', reject);
      ws.once('open', () =>
        ws.send(
          JSON.stringify({
            jsonrpc: '2.0',
            id: 'auth',
            method: 'authorization',
            params: { authorization: `Bearer ${lake.token}` },
          }),
        ),
      );
      ws.once('message', (data) => resolve(JSON.parse(data.toString())));
    });
    ws.close();
    expect(reply).toEqual({ jsonrpc: '2.0', id: 'auth', result: { id: 'p-local-editor' } });
  });

  it('keeps its certificate across restarts so a browser trusts it once', async () => {
    const certFile = path.join(lake.dataDir, 'tls', 'server.crt');
    const before = fs.readFileSync(certFile, 'utf8');
    await lake.stop();
    lake = await startLakeProcess({ dataDir: lake.dataDir, env: { LOCAL_LAKE_TLS_PORT: '0' } });
    expect(fs.readFileSync(certFile, 'utf8')).toBe(before);
  });
});

describe('token', () => {
  it('generates a 40-character token once and keeps it; LOCAL_LAKE_TOKEN overrides it', async () => {
    const generated = fs.readFileSync(tokenFile(lake.dataDir), 'utf8').trim();
    expect(generated).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(lake.token).toBe(generated);

    const custom = 'c'.repeat(40);
    const other = await startLakeProcess({ env: { LOCAL_LAKE_TOKEN: custom } });
    try {
      const denied = await fetch(`${other.url}/v1/data/query/production?query=1&perspective=raw`, {
        headers: { authorization: `Bearer ${generated}` },
      });
      expect(denied.status).toBe(401);
      const allowed = await fetch(`${other.url}/v1/data/query/production?query=1&perspective=raw`, {
        headers: { authorization: `Bearer ${custom}` },
      });
      expect(allowed.status).toBe(200);
    } finally {
      await other.stop();
    }
  });
});
