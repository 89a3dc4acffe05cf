/** @jest-environment node */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileDeliveryLedger } from './deliveries.ts';
import { handleRevalidation } from './handler.ts';
import { MAX_WEBHOOK_BODY_BYTES } from './read-body.ts';

const SECRET = 'a-webhook-secret-of-enough-length';

function sign(body: string, timestamp = Date.now()): string {
  return `t=${timestamp},v1=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('base64url')}`;
}

function webhook(body: string, signature: string | null = sign(body), idempotencyKey?: string): Request {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature) headers.set('sanity-webhook-signature', signature);
  if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
  return new Request('http://site.test/api/revalidate', { method: 'POST', headers, body });
}

/** A fresh folder of remembered deliveries, as a newly deployed site has. */
const newLedgerFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-deliveries-'));

async function run(request: Request, secret: string | null = SECRET, deliveries = fileDeliveryLedger(newLedgerFolder())) {
  const revalidated: string[][] = [];
  const response = await handleRevalidation(request, {
    secret,
    revalidate: (tags) => revalidated.push([...tags]),
    deliveries,
    log: () => {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, revalidated };
}

describe('POST /api/revalidate', () => {
  it('expires the article list and the article page for a signed article change, and says which tags', async () => {
    const body = JSON.stringify({ _type: 'article', slug: { current: 'ketamine-and-suicidal-thoughts' } });
    const result = await run(webhook(body));
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ revalidated: true, tags: ['article', 'article:ketamine-and-suicidal-thoughts'] });
    expect(result.revalidated).toEqual([['article', 'article:ketamine-and-suicidal-thoughts']]);
  });

  it('expires the clinic tag for a clinic change', async () => {
    const result = await run(webhook(JSON.stringify({ _type: 'clinic', _id: 'clinic-sacramento' })));
    expect(result.body).toEqual({ revalidated: true, tags: ['clinic'] });
  });

  it('answers 200 without revalidating for a document type the site never shows', async () => {
    const result = await run(webhook(JSON.stringify({ _type: 'sanity.imageAsset' })));
    expect(result).toMatchObject({ status: 200, body: { revalidated: false, tags: [] }, revalidated: [] });
  });

  it('answers 401 and revalidates nothing for a missing, wrong or stale signature', async () => {
    const body = JSON.stringify({ _type: 'clinic' });
    const stale = sign(body, Date.now() - 6 * 60 * 1000);
    const wrongSecret = `t=${Date.now()},v1=${createHmac('sha256', 'not-the-secret-at-all').update(`${Date.now()}.${body}`).digest('base64url')}`;
    for (const signature of [null, 'garbage', stale, wrongSecret]) {
      const result = await run(webhook(body, signature));
      expect(result.status).toBe(401);
      expect(result.revalidated).toEqual([]);
    }
  });

  it('refuses an oversized body with 413 before looking at it', async () => {
    const body = JSON.stringify({ _type: 'clinic', padding: 'x'.repeat(MAX_WEBHOOK_BODY_BYTES) });
    const result = await run(webhook(body));
    expect(result.status).toBe(413);
    expect(result.revalidated).toEqual([]);
  });

  it('refuses an oversized streamed body that declares no length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 8; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const request = new Request('http://site.test/api/revalidate', {
      method: 'POST',
      headers: { 'sanity-webhook-signature': sign('{}') },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await run(request)).status).toBe(413);
  });

  it('answers 400 for a correctly signed body that is not JSON, or not an object', async () => {
    expect((await run(webhook('{"_type": "clinic"'))).status).toBe(400);
    expect((await run(webhook('["clinic"]'))).status).toBe(400);
  });

  it('refuses everything when no secret is configured', async () => {
    const result = await run(webhook(JSON.stringify({ _type: 'clinic' })), null);
    expect(result.status).toBe(503);
    expect(result.revalidated).toEqual([]);
  });

  describe('replayed deliveries', () => {
    const body = JSON.stringify({ _type: 'article', slug: 'ketamine-faq' });

    it('accepts a signed delivery sent 21 times within the signature window once, and empties the cache once', async () => {
      const ledger = fileDeliveryLedger(newLedgerFolder());
      const signature = sign(body);
      const results = [];
      for (let i = 0; i < 21; i++) results.push(await run(webhook(body, signature, 'delivery-1'), SECRET, ledger));
      expect(results.flatMap((result) => result.revalidated)).toEqual([['article', 'article:ketamine-faq']]);
      expect(results.slice(1).map((result) => [result.status, result.body.duplicate])).toEqual(Array(20).fill([200, true]));
    });

    it('refuses the replay in another server process that shares the folder, even when both arrive at once', async () => {
      const folder = newLedgerFolder();
      const signature = sign(body);
      const processes = Array.from({ length: 6 }, () => fileDeliveryLedger(folder));
      const results = await Promise.all(processes.map((ledger) => run(webhook(body, signature, 'delivery-2'), SECRET, ledger)));
      expect(results.filter((result) => result.revalidated.length > 0)).toHaveLength(1);
    });

    it('refuses a replay with another idempotency key, none, or the signature written differently', async () => {
      const ledger = fileDeliveryLedger(newLedgerFolder());
      const signature = sign(body);
      expect((await run(webhook(body, signature, 'delivery-3'), SECRET, ledger)).revalidated).toHaveLength(1);
      const rewritten = signature.replace(',', ', ');
      for (const request of [webhook(body, signature, 'made-up'), webhook(body, signature), webhook(body, rewritten, 'x')]) {
        const result = await run(request, SECRET, ledger);
        expect(result.revalidated).toEqual([]);
      }
    });

    it("refuses a newly signed delivery that repeats an accepted delivery's idempotency key (a retry)", async () => {
      const ledger = fileDeliveryLedger(newLedgerFolder());
      expect((await run(webhook(body, sign(body, Date.now() - 2000), 'delivery-4'), SECRET, ledger)).revalidated).toHaveLength(1);
      expect((await run(webhook(body, sign(body), 'delivery-4'), SECRET, ledger)).revalidated).toEqual([]);
    });

    it('accepts each new publish: another signature and key, or the same body signed at another time', async () => {
      const ledger = fileDeliveryLedger(newLedgerFolder());
      expect((await run(webhook(body, sign(body, Date.now() - 1000), 'a'), SECRET, ledger)).revalidated).toHaveLength(1);
      expect((await run(webhook(body, sign(body), 'b'), SECRET, ledger)).revalidated).toHaveLength(1);
      expect((await run(webhook(body, sign(body, Date.now() + 1000)), SECRET, ledger)).revalidated).toHaveLength(1);
    });

    it('remembers nothing for a refused delivery: the valid one that follows is accepted', async () => {
      const ledger = fileDeliveryLedger(newLedgerFolder());
      const signature = sign(body);
      expect((await run(webhook(`${body} `, signature, 'k'), SECRET, ledger)).status).toBe(401);
      expect((await run(webhook(body, signature, 'k'), SECRET, ledger)).revalidated).toHaveLength(1);
    });
  });
});
