// Documented options and rules of the mutate, actions and history APIs, wherever the docs let them appear, each
// honoured or refused with a 4xx. Through @sanity/client, or raw HTTP where the client cannot send it:
//   mutate:  https://www.sanity.io/docs/http-reference/mutate
//   actions: https://www.sanity.io/docs/http-reference/actions
//   history: https://www.sanity.io/docs/history-api
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { lakeClient } from './helpers/clients.ts';
import { collect } from './helpers/collect.ts';
import { failure } from './helpers/errors.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;

beforeAll(async () => {
  ({ lake, client } = await startLakeWithClient());
});

afterAll(async () => {
  await lake?.stop();
});

/** An answer body as the tests read it: JSON (an object) or, for NDJSON, the text. */
interface RawBody {
  [field: string]: unknown;
  results?: unknown;
  documents: Array<Record<string, unknown>>;
  message?: string;
  error?: { description?: string };
}

async function raw(path: string, init: RequestInit = {}): Promise<{ status: number; body: RawBody }> {
  const response = await fetch(`${lake.url}/v2025-02-19${path}`, {
    ...init,
    headers: { authorization: `Bearer ${lake.token}`, 'content-type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  let body = text as unknown as RawBody;
  try {
    body = JSON.parse(text) as RawBody;
  } catch {
    // NDJSON or empty
  }
  return { status: response.status, body };
}

const post = (path: string, body: unknown) => raw(path, { method: 'POST', body: JSON.stringify(body) });

describe('mutate options in the body', () => {
  it('a "dryRun": true in the body stores nothing and tells no listener', async () => {
    const events = collect(client.listen('*[_type == "dryNote"]', {}, { events: ['mutation'] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const dry = await post('/data/mutate/production', {
      mutations: [{ create: { _id: 'dry-1', _type: 'dryNote' } }],
      dryRun: true,
    });
    expect(dry.status).toBe(200);
    expect(dry.body.results).toEqual([{ id: 'dry-1', operation: 'create' }]);
    expect(await client.getDocument('dry-1')).toBeUndefined();
    await client.create({ _id: 'dry-2', _type: 'dryNote' });
    const seen = await events.waitFor((list) => list.length > 0);
    events.stop();
    expect(seen.map((event) => (event as { documentId: string }).documentId)).toEqual(['dry-2']);
  });

  it('a dry-run delete in the body deletes nothing', async () => {
    await post('/data/mutate/production', { mutations: [{ delete: { id: 'dry-2' } }], dryRun: true });
    expect(await client.getDocument('dry-2')).toMatchObject({ _id: 'dry-2' });
  });

  it('honours returnIds, returnDocuments and transactionId in the body', async () => {
    const answer = await post('/data/mutate/production', {
      mutations: [{ create: { _id: 'opt-1', _type: 'optNote', title: 'One' } }],
      returnIds: true,
      returnDocuments: true,
      transactionId: 'opt-transaction-1',
    });
    expect(answer.body).toMatchObject({
      transactionId: 'opt-transaction-1',
      documentIds: ['opt-1'],
      results: [{ id: 'opt-1', operation: 'create', document: { title: 'One', _rev: 'opt-transaction-1' } }],
    });
  });

  it.each([
    [{ dryRun: 'yes' }],
    [{ visibility: 'later' }],
    [{ returnIds: 1 }],
    [{ transactionId: 5 }],
    [{ unknownOption: true }],
  ])('refuses %j with a 400 and stores nothing', async (options) => {
    const answer = await post('/data/mutate/production', {
      mutations: [{ create: { _id: 'opt-refused', _type: 'optNote' } }],
      ...options,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message ?? answer.body.error?.description).toMatch(/Invalid value|Unknown field/);
    expect(await client.getDocument('opt-refused')).toBeUndefined();
  });

  it('a dryRun in the actions body stores nothing; a non-boolean one is refused', async () => {
    const action = {
      actionType: 'sanity.action.document.create',
      publishedId: 'act-1',
      attributes: { _id: 'drafts.act-1', _type: 'optNote' },
      ifExists: 'fail',
    };
    expect((await post('/data/actions/production', { actions: [action], dryRun: true })).status).toBe(200);
    expect(await client.getDocument('drafts.act-1')).toBeUndefined();
    expect((await post('/data/actions/production', { actions: [action], dryRun: 'true!' })).status).toBe(400);
  });
});

describe('documented mutation rules', () => {
  beforeAll(async () => {
    await client.createOrReplace({ _id: 'rule-1', _type: 'ruleNote', count: 1, label: 'ten' });
  });

  it.each([
    ['inc', 'missing'],
    ['inc', 'label'],
    ['dec', 'missing'],
    ['dec', 'label'],
  ])(
    '%s on a %s field fails and changes nothing ("fails if the target is not numeric or does not exist")',
    async (op, field) => {
      const error = await failure(
        (op === 'inc'
          ? client.patch('rule-1').inc({ [field]: 1 })
          : client.patch('rule-1').dec({ [field]: 1 })
        ).commit(),
      );
      expect(error.statusCode).toBe(400);
      expect(error.message).toMatch(field === 'missing' ? /does not exist/ : /not a number/);
      expect(await client.getDocument('rule-1')).toMatchObject({ count: 1, label: 'ten' });
    },
  );

  it('inc on a number still works', async () => {
    await client.patch('rule-1').inc({ count: 2 }).commit();
    expect(await client.getDocument('rule-1')).toMatchObject({ count: 3 });
  });

  it('createOrReplace with another _type is a delete and a create: _createdAt is new', async () => {
    const before = await client.getDocument('rule-1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.createOrReplace({ _id: 'rule-1', _type: 'ruleNote', count: 5 });
    const sameType = await client.getDocument('rule-1');
    expect(sameType?._createdAt).toBe(before?._createdAt);
    await client.createOrReplace({ _id: 'rule-1', _type: 'otherNote', count: 6 });
    const otherType = await client.getDocument('rule-1');
    expect(otherType?._createdAt).not.toBe(before?._createdAt);
    expect(otherType?._createdAt).toBe(otherType?._updatedAt);
  });
});

describe('history by time', () => {
  let first: { rev: string; at: string };
  let second: { rev: string; at: string };

  beforeAll(async () => {
    const one = await client.create({ _id: 'hist-1', _type: 'histNote', v: 1 });
    // The second revision must fall in a later whole second than the first.
    await new Promise((resolve) => setTimeout(resolve, 1100 - (Date.parse(one._updatedAt) % 1000)));
    const two = await client.patch('hist-1').set({ v: 2 }).commit();
    first = { rev: one._rev, at: one._updatedAt };
    second = { rev: two._rev, at: two._updatedAt };
  });

  const atTime = async (time: string) =>
    (await raw(`/data/history/production/documents/hist-1?time=${encodeURIComponent(time)}`)).body
      .documents[0]?._rev;

  it("compares instants: an offset form of the first revision's time finds the first revision", async () => {
    const ms = Date.parse(first.at);
    const plusOne = new Date(ms + 3_600_000).toISOString().replace('Z', '+01:00');
    const minusFive = new Date(ms - 5 * 3_600_000).toISOString().replace('Z', '-0500');
    expect(await atTime(plusOne)).toBe(first.rev);
    expect(await atTime(minusFive)).toBe(first.rev);
  });

  it('a whole-second time before the second revision finds the first', async () => {
    const wholeSecond = `${second.at.slice(0, 19)}Z`;
    expect(Date.parse(wholeSecond)).toBeLessThan(Date.parse(second.at));
    expect(await atTime(wholeSecond)).toBe(first.rev);
    expect(await atTime(second.at)).toBe(second.rev);
    expect(await atTime(new Date(Date.parse(second.at) + 1).toISOString().replace('Z', '9Z'))).toBe(
      second.rev,
    );
  });

  it('?lastRevision=true answers the current document, or the last state of a deleted one', async () => {
    const now = await raw('/data/history/production/documents/hist-1?lastRevision=true');
    expect(now.body.documents[0]).toMatchObject({ _rev: second.rev, v: 2 });
    await client.delete('hist-1');
    const gone = await raw('/data/history/production/documents/hist-1?lastRevision=true');
    expect(gone.body.documents[0]).toMatchObject({ _rev: second.rev, v: 2 });
  });

  it.each([
    '/data/history/production/documents/hist-1?time=yesterday',
    '/data/history/production/documents/hist-1?time=2026-12-07T10:00:00Z&lastRevision=true',
    '/data/history/production/documents/hist-1?lastRevision=yes',
    '/data/history/production/transactions/hist-1?limit=abc',
    '/data/history/production/transactions/hist-1?limit=0',
    '/data/history/production/transactions/hist-1?fromTime=soon',
    '/data/history/production/transactions/hist-1?reverse=maybe',
    '/data/history/production/events/documents/hist-1?limit=-1',
  ])('%s answers a JSON 400', async (path) => {
    const answer = await raw(path);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, message: expect.any(String) });
  });

  it('transactions by fromTime compare instants too', async () => {
    const from = new Date(Date.parse(second.at) + 3_600_000).toISOString().replace('Z', '+01:00');
    const answer = await raw(
      `/data/history/production/transactions/hist-1?fromTime=${encodeURIComponent(from)}`,
    );
    const ids = String(answer.body)
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids[0]).toBe(second.rev);
    expect(ids).not.toContain(first.rev);
  });
});

describe('anonymous reads of the options', () => {
  it('a reader without the token may not write with a dryRun either', async () => {
    const error = await failure(
      lakeClient(lake.url).mutate([{ create: { _id: 'anon', _type: 'optNote' } }], { dryRun: true }),
    );
    expect(error.statusCode).toBe(401);
  });
});

describe('listen options', () => {
  // https://www.sanity.io/docs/http-reference/listen
  it.each([
    'includeResult=maybe',
    'includePreviousRevision=1',
    'includeAllVersions=yes',
    'includeMutations=',
    'effectFormat=json',
    'visibility=later',
  ])('?%s answers a JSON 400 before the stream opens', async (option) => {
    const answer = await raw(`/data/listen/production?query=*&${option}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, message: expect.stringMatching(/Invalid value/) });
  });

  it('includePreviousRevision sends the document before the change', async () => {
    await client.createOrReplace({ _id: 'listen-opt', _type: 'listenOpt', v: 1 });
    const events = collect(client.listen('*[_id == "listen-opt"]', {}, { includePreviousRevision: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await client.patch('listen-opt').set({ v: 2 }).commit();
    const [event] = (await events.waitFor((list) => list.length > 0)) as Array<{
      previous?: unknown;
      result?: unknown;
    }>;
    events.stop();
    expect(event?.previous).toMatchObject({ v: 1 });
    expect(event?.result).toMatchObject({ v: 2 });
  });

  it('includeAllVersions=true adds release versions; without it they are left out', async () => {
    const all = collect(client.listen('*[_type == "listenOpt"]', {}, { includeAllVersions: true }));
    const plain = collect(client.listen('*[_type == "listenOpt"]', {}));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await client.createOrReplace({ _id: 'versions.rel.listen-opt', _type: 'listenOpt', v: 3 });
    await client.createOrReplace({ _id: 'listen-opt-2', _type: 'listenOpt', v: 1 });
    const withVersions = (await all.waitFor((list) => list.length >= 2)) as Array<{ documentId: string }>;
    const without = (await plain.waitFor((list) => list.length >= 1)) as Array<{ documentId: string }>;
    all.stop();
    plain.stop();
    expect(withVersions.map((event) => event.documentId)).toEqual([
      'versions.rel.listen-opt',
      'listen-opt-2',
    ]);
    expect(without.map((event) => event.documentId)).toEqual(['listen-opt-2']);
  });
});
