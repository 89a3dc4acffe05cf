/** @jest-environment node */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyImage } from './image-proxy.ts';

// A stand-in image service on a free port: it answers with what it was asked, so the test sees what was passed on.
let server: http.Server;
let origin: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url?.includes('missing')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'image/webp', 'cache-control': 'public, max-age=31536000', 'x-internal': 'secret' })
      .end(JSON.stringify({ url: request.url, accept: request.headers.accept ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const FILE = 'abc123-1200x675.jpg';
const ask = (path: string[], search = '', accept = 'image/avif,image/webp', serviceOrigin = origin) =>
  proxyImage(new Request(`http://site.test/cdn/images/${path.join('/')}${search}`, { headers: { accept } }), path, {
    origin: serviceOrigin,
    projectId: 'local',
    dataset: 'production',
  });

describe('the /cdn/images pass-through', () => {
  it('passes path, parameters and Accept on to the service given at run time and streams the answer back', async () => {
    const response = await ask(['local', 'production', FILE], '?rect=0,169,1200,337&w=640&auto=format');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000');
    expect(response.headers.has('x-internal')).toBe(false);
    expect(await response.json()).toEqual({ url: `/images/local/production/${FILE}?rect=0,169,1200,337&w=640&auto=format`, accept: 'image/avif,image/webp' });
  });

  it.each([
    [['other-project', 'production', FILE]],
    [['local', 'staging', FILE]],
    [['local', 'production']],
    [['local', 'production', '..', 'secrets']],
  ])('answers 404 JSON for %j, which is not one of this dataset images', async (path) => {
    const response = await ask(path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Not an image of this site' });
  });

  it("passes the service's own error status through", async () => {
    const response = await ask(['local', 'production', 'missing-10x10.png']);
    expect(response.status).toBe(404);
  });

  it('answers 502 JSON naming the origin when the service cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const response = await ask(['local', 'production', FILE], '', 'image/*', `http://127.0.0.1:${port}`);
    expect(response.status).toBe(502);
    expect((await response.json()).error).toContain(`127.0.0.1:${port}`);
  });
});
