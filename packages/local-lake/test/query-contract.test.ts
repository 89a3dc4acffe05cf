// The query and doc endpoints answer as Sanity's hosted Content Lake does, through @sanity/client. Each case
// cites the documentation page it follows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from '@sanity/client';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';
import { lakeClientConfig } from '../src/settings.ts';

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess();
});

afterAll(async () => {
  await lake?.stop();
});

/** A client with no perspective configured, as tools pinned to an API version use it. */
function clientAt(apiVersion: string, token?: string) {
  return createClient({
    ...lakeClientConfig(lake.url),
    apiVersion,
    token,
  });
}

describe('scan narrowing never changes a result', () => {
  it('counts each document once when `in` names a type twice', async () => {
    const client = lakeClient(lake.url);
    const once = await client.fetch<number>('count(*[_type == "article"])');
    expect(once).toBe(2);
    expect(await client.fetch('count(*[_type in ["article", "article"]])')).toBe(once);
    expect(await client.fetch('count(*[_type in ["article", "person", "article"]])')).toBe(once + 1);
  });

  it('keeps the dataset order when `in` lists types in another order', async () => {
    const client = lakeClient(lake.url);
    const all = await client.fetch<string[]>('*[]._id');
    const narrowed = await client.fetch<string[]>('*[_type in ["person", "clinic", "article"]]._id');
    expect(narrowed).toEqual(all.filter((id) => /^(person|clinic|article)-/.test(id)));
  });
});

describe('perspective defaults per API version', () => {
  // https://www.sanity.io/docs/content-lake/perspectives/changelog (v2025-02-19): "The default perspective has
  // changed from raw to published"; versions. documents are not returned in API versions before 2025-02-19.
  const ids = '*[_type == "article"]._id | order(@ asc)';

  it('reads raw (drafts included) for a token holder on an API version before 2025-02-19', async () => {
    expect(await clientAt('2021-10-21', lake.token).fetch(ids)).toEqual([
      'article-safety',
      'article-what-is-ketamine-therapy',
      'drafts.article-safety',
      'drafts.article-unpublished',
    ]);
  });

  it('shows an anonymous reader of an old API version the published documents, without an error', async () => {
    expect(await clientAt('2021-10-21').fetch(ids)).toEqual([
      'article-safety',
      'article-what-is-ketamine-therapy',
    ]);
  });

  it('reads published from v2025-02-19 on, even with a token', async () => {
    for (const version of ['2025-02-19', '2026-01-01']) {
      expect(await clientAt(version, lake.token).fetch(ids)).toEqual([
        'article-safety',
        'article-what-is-ketamine-therapy',
      ]);
    }
  });

  it('leaves release versions out of raw before v2025-02-19 and includes them from it', async () => {
    const editor = lakeClient(lake.url, lake.token);
    await editor.createOrReplace({
      _id: 'versions.rSpring.article-safety',
      _type: 'article',
      title: 'Safety and side effects (spring release)',
    });
    const versionIds = '*[_id in path("versions.**")]._id';
    expect(await clientAt('2021-10-21', lake.token).fetch(versionIds)).toEqual([]);
    expect(await clientAt('2021-10-21', lake.token).fetch(versionIds, {}, { perspective: 'raw' })).toEqual(
      [],
    );
    expect(await clientAt('2025-02-19', lake.token).fetch(versionIds, {}, { perspective: 'raw' })).toEqual([
      'versions.rSpring.article-safety',
    ]);
    await editor.delete('versions.rSpring.article-safety');
  });
});

describe('_originalId', () => {
  // https://www.sanity.io/docs/content-lake/perspectives: documents in a perspective carry `_originalId`, the id
  // of the stored document the value comes from; for a published document that is its own `_id`.
  it('equals _id for published documents in the published perspective', async () => {
    const docs = await lakeClient(lake.url).fetch<Array<{ _id: string; _originalId: string }>>(
      '*[_type == "article"]{_id, _originalId}',
    );
    expect(docs.length).toBe(2);
    for (const doc of docs) expect(doc._originalId).toBe(doc._id);
  });

  it('names the draft in the drafts perspective', async () => {
    const doc = await lakeClient(lake.url, lake.token).fetch(
      '*[_id == "article-safety"][0]{_id, _originalId}',
      {},
      { perspective: 'drafts' },
    );
    expect(doc).toEqual({ _id: 'article-safety', _originalId: 'drafts.article-safety' });
  });
});

describe('request faults answer 4xx JSON, never 500', () => {
  // https://www.sanity.io/docs/http-reference/query: query errors answer 400 with
  // `{error: {description, type, query}}`.
  it('answers a 5,000-term expression with a 400 query error', async () => {
    const query = Array.from({ length: 5000 }, () => '1').join('+');
    const error = await lakeClient(lake.url)
      .fetch(query)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 400 });
    expect((error as { details: { type: string } }).details.type).toMatch(/^query/);
  });

  it('answers deeply nested groups, arrays, objects and subqueries with 400', async () => {
    const client = lakeClient(lake.url);
    const deep = [
      `${'('.repeat(20_000)}1${')'.repeat(20_000)}`,
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      `${'{"a":'.repeat(8_000)}1${'}'.repeat(8_000)}`,
      `${'!'.repeat(20_000)}true`,
      `${'*[count('.repeat(3000)}*${')>0]'.repeat(3000)}`,
    ];
    for (const query of deep) {
      const error = await client.fetch(query).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ statusCode: 400 });
    }
  });

  it('answers a query over the hosted size limit with 413', async () => {
    // "300kb Query Size Exceeded": https://www.sanity.io/guides/how-to-parallelize-complex-groq-queries
    const query = `*[_type == "article"]${' '.repeat(310 * 1024)}`;
    const error = await lakeClient(lake.url)
      .fetch(query)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 413 });
  });

  it('answers malformed percent-encoding in a document id with 400 JSON', async () => {
    for (const path of ['%E0%A4%A', '%', 'a%ZZb', 'drafts.%C3']) {
      const response = await fetch(`${lake.url}/v2025-02-19/data/doc/production/${path}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ statusCode: 400 });
    }
  });
});
