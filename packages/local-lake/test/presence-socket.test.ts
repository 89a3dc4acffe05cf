// The presence socket the Studio opens at `/v2022-06-30/socket/<dataset>`. One side is the Studio's own client
// library, `@sanity/bifur-client` (the reference for the protocol), called the way the Studio's presence store
// calls it; the other is a bare WebSocket (`ws`) that checks the JSON-RPC frames on the wire.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fromUrl } from '@sanity/bifur-client';
import fs from 'node:fs';
import path from 'node:path';
import { firstValueFrom, of } from 'rxjs';
import WebSocket from 'ws';
import { addUser } from '../src/users.ts';
import { collect } from './helpers/collect.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let marketingToken: string;

beforeAll(async () => {
  const dataDir = tempDataDir();
  marketingToken = addUser(dataDir, 'Marketing').token;
  lake = await startLakeProcess({ dataDir });
  expect(fs.existsSync(path.join(dataDir, 'users.json'))).toBe(true);
});

afterAll(async () => {
  await lake?.stop();
});

const socketUrl = (dataset = 'production') =>
  `${lake.url.replace(/^http/, 'ws')}/v2022-06-30/socket/${dataset}?tag=sanity.studio`;

interface Frame {
  jsonrpc: string;
  id?: string | null;
  result?: unknown;
  error?: { code: number; message: string };
  method?: string;
  params?: { subscription: string; result: Record<string, unknown> };
}

/** A bare WebSocket that records every frame it gets and can wait for one. */
async function rawSocket(headers: Record<string, string> = {}) {
  const ws = new WebSocket(socketUrl(), { headers });
  const frames: Frame[] = [];
  const texts: string[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    const text = data.toString();
    texts.push(text);
    if (text.startsWith('{')) frames.push(JSON.parse(text) as Frame);
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  return {
    ws,
    frames,
    texts,
    call(method: string, params: Record<string, unknown> = {}) {
      const id = `r${++nextId}`;
      ws.send(JSON.stringify({ jsonrpc: '2.0', method, params: { ...params, apiVersion: 'v1' }, id }));
      return this.waitFor((frame) => frame.id === id);
    },
    waitFor(predicate: (frame: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such frame; got ${JSON.stringify(frames)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

describe('presence between two people', () => {
  it('carries roll calls, states and disconnects from one Studio to the other, never back to the sender', async () => {
    // The editor: the Studio's client, authorised by an `authorization` call with the token.
    const studio = fromUrl(socketUrl(), { token$: of(lake.token) });
    const editorEvents = collect<Record<string, unknown>>(studio.listen('presence'));
    // Marketing: a bare socket, authorised by the upgrade request's header.
    const marketing = await rawSocket({ authorization: `Bearer ${marketingToken}` });
    const subscribed = await marketing.call('presence_subscribe');
    expect(typeof subscribed.result).toBe('string');

    // The editor's Studio opens and asks who is there.
    await firstValueFrom(studio.request('presence_rollcall', { session: 'editor-session' }));
    const rollCall = await marketing.waitFor((frame) => frame.method === 'presence_subscription');
    expect(rollCall.params).toEqual({
      subscription: subscribed.result,
      result: { type: 'rollCall', i: 'p-local-editor', session: 'editor-session' },
    });

    // Marketing answers with where it is: the clinic's phone field.
    const locations = [
      { type: 'document', documentId: 'clinic-1', path: ['phone'], lastActiveAt: '2026-11-29T12:00:00.000Z' },
    ];
    const announced = await marketing.call('presence_announce', {
      data: { sessionId: 'marketing-session', locations },
    });
    expect(announced.error).toBeUndefined();
    await editorEvents.waitFor((events) => events.some((event) => event.type === 'state'));
    expect(editorEvents.events).toEqual([
      { type: 'state', i: 'p-marketing', m: { sessionId: 'marketing-session', locations } },
    ]);

    // The editor announces too; marketing sees it, the editor never gets its own events back.
    await firstValueFrom(
      studio.request('presence_announce', { data: { sessionId: 'editor-session', locations: [] } }),
    );
    await marketing.waitFor(
      (frame) => frame.params?.result.type === 'state' && frame.params.result.i === 'p-local-editor',
    );
    expect(editorEvents.events.every((event) => event.i === 'p-marketing')).toBe(true);

    // Closing the marketing socket tells the editor that its session has left.
    marketing.ws.close();
    await editorEvents.waitFor((events) => events.some((event) => event.type === 'disconnect'));
    expect(editorEvents.events.at(-1)).toEqual({
      type: 'disconnect',
      i: 'p-marketing',
      m: { session: 'marketing-session' },
    });
    editorEvents.stop();
  });

  it('closes a socket whose authorization names a token nobody holds (4001)', async () => {
    const stranger = await rawSocket();
    stranger.ws.send(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 'a',
        method: 'authorization',
        params: { authorization: `Bearer ${'z'.repeat(40)}` },
      }),
    );
    const closed = await new Promise<number>((resolve) => stranger.ws.once('close', (code) => resolve(code)));
    expect(closed).toBe(4001);
  });
});

describe('requests the socket refuses', () => {
  it('answers JSON-RPC errors for bad frames, unknown methods and presence before authorization', async () => {
    const anonymous = await rawSocket();
    anonymous.ws.send('not json');
    expect((await anonymous.waitFor((frame) => frame.id === null)).error?.code).toBe(-32700);
    expect(
      (await anonymous.call('presence_announce', { data: { sessionId: 's', locations: [] } })).error,
    ).toEqual(expect.objectContaining({ code: -32600 }));
    expect((await anonymous.call('authorization', { authorization: `Bearer ${lake.token}` })).result).toEqual(
      {
        id: 'p-local-editor',
      },
    );
    expect((await anonymous.call('presence_announce', { data: { sessionId: 's' } })).error?.code).toBe(
      -32602,
    );
    expect((await anonymous.call('listen_subscribe')).error?.code).toBe(-32601);
    anonymous.ws.close();
  });

  it('refuses the upgrade for a dataset the lake does not have', async () => {
    const ws = new WebSocket(socketUrl('staging'));
    const status = await new Promise<number | undefined>((resolve) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode));
      ws.once('error', () => resolve(undefined));
    });
    expect(status).toBe(404);
  });
});
