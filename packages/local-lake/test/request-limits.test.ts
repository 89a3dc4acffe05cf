// Requests that used to exhaust or stop the lake: a parameter nested thousands of levels deep (it made the process
// exit), a mutation whose `query` filter runs for minutes (it blocked every request and SIGTERM), a GET query
// longer than Node's header limit (an empty 431). Each now answers a JSON 4xx naming the limit, the lake keeps
// answering meanwhile, and SIGTERM still stops it. Query limits: https://www.sanity.io/docs/http-reference/query
// ("queryLimitError"); mutations by query: https://www.sanity.io/docs/http-reference/mutate (delete, patch).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { lakeClient } from './helpers/clients.ts';
import { collect } from './helpers/collect.ts';
import { failure } from './helpers/errors.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

const LIMIT_MS = 2000;
// Each level multiplies the work by the number of documents: with the fixture's documents this runs for hours.
const RUNAWAY_FILTER = `_type == "limitNote" && count(*[${'count(*['.repeat(10)}true${']) > 0'.repeat(10)}]) > 0`;

let lake: LakeProcess;
let client: SanityClient;

beforeAll(async () => {
  lake = await startLakeProcess({ env: { LOCAL_LAKE_QUERY_TIMEOUT_MS: String(LIMIT_MS) } });
  client = lakeClient(lake.url, lake.token);
  await client.createOrReplace({ _id: 'limit-note', _type: 'limitNote', title: 'kept' });
});

afterAll(async () => {
  await lake?.stop('SIGKILL');
});

/** An array nested `depth` levels deep, as JSON text (JSON.stringify overflows its own stack on it). */
const nestedJson = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

async function rawJson(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${lake.url}/v2025-02-19${path}`, init);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown };
}

describe('parameters', () => {
  it('answers the anonymous 6,000-deep params array with a JSON 400 naming the limit, and keeps answering', async () => {
    const { status, body } = await rawJson('/data/query/production', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"count($p)","params":{"p":${nestedJson(6000)}}}`,
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { type: 'queryLimitError' } });
    expect(JSON.stringify(body)).toMatch(/deeper than 100 levels/);
    expect(await lakeClient(lake.url).fetch('count(*[_id == "limit-note"])')).toBe(1);
  });

  it('takes a parameter nested to the limit', async () => {
    expect(await client.fetch('count($p)', { p: JSON.parse(nestedJson(99)) as unknown })).toBe(1);
  });

  it('refuses the same parameter (2,000 levels) in the query string and in a listen filter', async () => {
    const search = new URLSearchParams({ query: 'count($p)', $p: nestedJson(2000) });
    const { status, body } = await rawJson(`/data/query/production?${search}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { type: 'queryLimitError' } });
    const listen = new URLSearchParams({ query: '*[_id in $p]', $p: nestedJson(2000) });
    expect((await rawJson(`/data/listen/production?${listen}`)).status).toBe(400);
  });
});

describe('mutations selecting documents by query', () => {
  it.each(['delete', 'patch'])(
    'stops a runaway %s filter at the query time limit with a 400, deletes nothing, and answers others meanwhile',
    async (kind) => {
      const mutation =
        kind === 'delete'
          ? { delete: { query: `*[${RUNAWAY_FILTER}]` } }
          : { patch: { query: `*[${RUNAWAY_FILTER}]`, set: { title: 'changed' } } };
      const started = performance.now();
      const runaway = failure(client.mutate([mutation as never]));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const answeredMeanwhile = await client.fetch<string>('*[_id == "limit-note"][0].title');
      const answeredAt = performance.now() - started;
      const error = await runaway;
      expect(answeredMeanwhile).toBe('kept');
      expect(answeredAt).toBeLessThan(LIMIT_MS);
      expect(error.statusCode).toBe(400);
      expect(error.message).toMatch(/longer than the limit of 2000 ms/);
      expect(await client.getDocument('limit-note')).toMatchObject({ title: 'kept' });
    },
  );

  it('sees the earlier mutations of its own request', async () => {
    await client.mutate([
      { create: { _id: 'limit-fresh', _type: 'limitFresh', n: 1 } },
      { patch: { query: '*[_type == "limitFresh"]', set: { n: 2 } } },
    ]);
    expect(await client.getDocument('limit-fresh')).toMatchObject({ n: 2 });
  });

  it('stops on SIGTERM within two seconds while a runaway filter is being evaluated', async () => {
    const other = await startLakeProcess({ env: { LOCAL_LAKE_QUERY_TIMEOUT_MS: '60000' } });
    const otherClient = lakeClient(other.url, other.token);
    void otherClient.mutate([{ delete: { query: `*[${RUNAWAY_FILTER}]` } }]).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = performance.now();
    await other.stop('SIGTERM');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(other.child.signalCode).toBeNull(); // it exited itself, not by the SIGKILL that stop() sends after 5 s
  });
});

describe('a GET query longer than the request line may be', () => {
  it('answers 431 with a JSON body saying to send it with POST (40 KB)', async () => {
    const query = `*[_id == "${'a'.repeat(40_000)}"]`;
    const response = await fetch(
      `${lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}`,
    );
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await response.json()) as { message: string }).message).toMatch(/POST/);
    // @sanity/client sends it with POST by itself, and it is answered.
    expect(await lakeClient(lake.url).fetch(query)).toEqual([]);
  });
});

describe('listen filters', () => {
  it('refuses sub-queries and dereferences with a JSON 400', async () => {
    for (const query of ['*[count(*[_type == "x"]) > 0]', '*[author->name == "x"]']) {
      const { status, body } = await rawJson(`/data/listen/production?${new URLSearchParams({ query })}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { type: 'queryParseError' } });
    }
  });

  it('closes a listener whose filter takes too long over one transaction, and keeps serving the others', async () => {
    const slow = collect(
      client.listen(
        '*[_type == "slowListen" && count(items[n in ^.items[].n]) >= 0]',
        {},
        { events: ['mutation'] },
      ),
    );
    const quick = collect(client.listen('*[_type == "slowListen"]', {}, { events: ['mutation'] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const items = Array.from({ length: 2500 }, (_, n) => ({ _key: `k${n}`, n }));
    await client.create({ _id: 'slow-listen', _type: 'slowListen', items });
    await quick.waitFor((events) => events.length === 1);
    const error = await slow.waitFor(() => false, 10_000).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/longer than 250 ms/);
    await client.patch('slow-listen').set({ title: 'after' }).commit();
    await quick.waitFor((events) => events.length === 2);
    quick.stop();
  });
});
