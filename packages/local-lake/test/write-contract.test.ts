// The write API's options, id rules and action checks, through the real @sanity/client, against Sanity's HTTP API
// documentation. Each block names the page it follows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/store/database.ts';
import { DocumentStore } from '../src/store/document-store.ts';
import { importNdjsonFile } from '../src/store/import-ndjson.ts';
import { failure, mutateRaw } from './helpers/errors.ts';
import { startLakeWithClient, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => ({ lake, client } = await startLakeWithClient()));
afterAll(() => lake?.stop());

const keysOf = (items: unknown): unknown[] => (items as Array<{ _key?: unknown }>).map((item) => item._key);

// https://www.sanity.io/docs/http-reference/mutate — query parameters.
describe('mutate options', () => {
  it('autoGenerateArrayKeys gives every object in an array a unique _key, at any depth', async () => {
    const created = await client.create(
      {
        _id: 'keys-1',
        _type: 'note',
        items: [{ v: 1 }, { v: 2, nested: [{ w: 1 }, { _key: 'kept', w: 2 }] }, { _key: 'own', v: 3 }],
        tags: ['plain', 'strings'],
      },
      { autoGenerateArrayKeys: true },
    );
    const items = created.items as unknown as Array<{ _key: string; nested?: Array<{ _key: string }> }>;
    expect(keysOf(items).every((key) => typeof key === 'string')).toBe(true);
    expect(new Set(keysOf(items)).size).toBe(3);
    expect(items[2]?._key).toBe('own');
    expect(keysOf(items[1]?.nested)).toEqual([expect.any(String), 'kept']);
    expect(created.tags).toEqual(['plain', 'strings']);

    const patched = await client
      .patch('keys-1')
      .setIfMissing({ more: [{ v: 'a' }] })
      .insert('after', 'items[-1]', [{ v: 4 }])
      .commit({ autoGenerateArrayKeys: true });
    expect(keysOf(patched.more).every((key) => typeof key === 'string')).toBe(true);
    expect(new Set(keysOf(patched.items)).size).toBe(4);
  });

  it('without autoGenerateArrayKeys stores array items as sent', async () => {
    const created = await client.create({ _id: 'keys-2', _type: 'note', items: [{ v: 1 }] });
    expect(created.items).toEqual([{ v: 1 }]);
  });

  it('returnIds and returnDocuments shape the answer; dryRun writes nothing', async () => {
    const plain = await mutateRaw(lake, '', { mutations: [{ create: { _id: 'ret-1', _type: 'note' } }] });
    expect(plain.status).toBe(200);
    expect(plain.body).toEqual({
      transactionId: expect.any(String),
      results: [{ id: 'ret-1', operation: 'create' }],
    });

    const full = await mutateRaw(lake, 'returnIds=true&returnDocuments=true', {
      mutations: [{ patch: { id: 'ret-1', set: { title: 'T' } } }],
    });
    expect(full.body.documentIds).toEqual(['ret-1']);
    expect(full.body.results?.[0]).toMatchObject({
      id: 'ret-1',
      operation: 'update',
      document: { _id: 'ret-1', title: 'T', _rev: full.body.transactionId },
    });

    const dry = await client.create({ _id: 'ret-dry', _type: 'note' }, { dryRun: true });
    expect(dry).toMatchObject({ _id: 'ret-dry' });
    expect(await client.getDocument('ret-dry')).toBeUndefined();
  });

  it('accepts every documented visibility and answers 400 for any other value or a non-boolean flag', async () => {
    for (const visibility of ['sync', 'async', 'deferred'] as const) {
      const doc = await client.create({ _id: `vis-${visibility}`, _type: 'note' }, { visibility });
      expect(doc._id).toBe(`vis-${visibility}`);
    }
    for (const query of ['visibility=later', 'returnIds=yes', 'autoGenerateArrayKeys=1', 'dryRun=']) {
      const answer = await mutateRaw(lake, query, {
        mutations: [{ create: { _id: 'vis-bad', _type: 'note' } }],
      });
      expect(answer.status).toBe(400);
      expect(typeof answer.body.message).toBe('string');
    }
    expect(await client.getDocument('vis-bad')).toBeUndefined();
  });
});

// https://www.sanity.io/docs/ids — the characters and path segments of an id — and `@sanity/client`'s own
// `validateDocumentId` (at most 128 characters, no leading ".", no ".."), which the client runs before a delete.
describe('document ids on every write path', () => {
  const clientAccepts = (id: string): boolean => {
    try {
      client.transaction().delete(id);
      return true;
    } catch {
      return false;
    }
  };
  const documentedId = (id: string) => clientAccepts(id) && !/(^|\.)-/.test(id);
  const idArbitrary = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', '7', '_', '-', '.', ' ', 'é', '/', '#'), maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 120, maxLength: 135 }),
  );

  it('refuses the example ids with 400 and stores nothing', async () => {
    for (const id of ['-leading-dash', 'animal.-dash', 'a..b', 'has space', 'ünïcode', 'x'.repeat(129)]) {
      const answer = await mutateRaw(lake, '', {
        mutations: [{ createOrReplace: { _id: id, _type: 'note' } }],
      });
      expect({ id, status: answer.status }).toEqual({ id, status: 400 });
      expect(answer.body.error?.items?.[0]?.error.type).toBe('invalidMutationError');
    }
  });

  it('mutate, actions and import accept exactly the ids the documentation allows (generated)', async () => {
    const dataDir = tempDataDir();
    const db = openDatabase(dataDir);
    const store = new DocumentStore(db);
    try {
      await fc.assert(
        fc.asyncProperty(idArbitrary, async (id) => {
          const expected = documentedId(id);
          const viaMutate = await mutateRaw(lake, '', {
            mutations: [{ createOrReplace: { _id: id, _type: 'note' } }],
          });
          expect({ id, accepted: viaMutate.status === 200 }).toEqual({ id, accepted: expected });
          if (!expected) expect(viaMutate.status).toBe(400);

          const viaAction = await fetch(`${lake.url}/v2025-02-19/data/actions/production`, {
            method: 'POST',
            headers: { authorization: `Bearer ${lake.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              actions: [
                {
                  actionType: 'sanity.action.document.replaceDraft',
                  publishedId: id,
                  attributes: { _id: `drafts.${id}`, _type: 'note' },
                },
              ],
            }),
          });
          const draftAllowed = documentedId(`drafts.${id}`) && expected;
          expect({ id, status: viaAction.status }).toEqual({ id, status: draftAllowed ? 200 : 400 });

          const file = path.join(dataDir, 'one.ndjson');
          fs.writeFileSync(file, `${JSON.stringify({ _id: id, _type: 'note' })}\n`);
          const imported = await importNdjsonFile(store, file, {
            dataDir,
            dataset: 'production',
            baseUrl: 'http://127.0.0.1:1',
          }).then(
            () => true,
            () => false,
          );
          expect({ id, imported }).toEqual({ id, imported: expected });
        }),
        { numRuns: 150, seed: 9 },
      );
    } finally {
      db.close();
    }
  });

  it('patch and delete by an invalid id answer 400', async () => {
    for (const mutation of [{ patch: { id: 'a..b', set: { x: 1 } } }, { delete: { id: '-x' } }]) {
      const answer = await mutateRaw(lake, '', { mutations: [mutation] });
      expect(answer.status).toBe(400);
    }
  });
});

// https://www.sanity.io/docs/http-reference/actions — "The versionId must have either drafts. or
// versions.<release>. as a prefix, and the portion following that prefix must match publishedId."
describe('actions refuse a draft or version that is not of the published id', () => {
  beforeAll(async () => {
    await client.createOrReplace({ _id: 'drafts.act-a', _type: 'note', title: 'A draft' });
  });

  const refusals: Array<[string, Record<string, unknown>]> = [
    [
      'publish drafts.a onto b',
      { actionType: 'sanity.action.document.publish', draftId: 'drafts.act-a', publishedId: 'act-b' },
    ],
    [
      'publish onto a draft id',
      { actionType: 'sanity.action.document.publish', draftId: 'drafts.act-a', publishedId: 'drafts.act-a' },
    ],
    [
      'publish a published id',
      { actionType: 'sanity.action.document.publish', draftId: 'act-a', publishedId: 'act-a' },
    ],
    [
      'edit another draft',
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.act-a',
        publishedId: 'act-b',
        patch: { set: { title: 'x' } },
      },
    ],
    [
      'unpublish into another draft',
      { actionType: 'sanity.action.document.unpublish', draftId: 'drafts.act-a', publishedId: 'act-b' },
    ],
    [
      'create with a mismatched _id',
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'act-b',
        attributes: { _id: 'drafts.act-c', _type: 'note' },
        ifExists: 'fail',
      },
    ],
    [
      'create a published document',
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'act-b',
        attributes: { _id: 'act-b', _type: 'note' },
        ifExists: 'fail',
      },
    ],
    [
      'replace another draft',
      {
        actionType: 'sanity.action.document.replaceDraft',
        publishedId: 'act-b',
        attributes: { _id: 'drafts.act-a', _type: 'note' },
      },
    ],
    [
      'delete with another draft',
      { actionType: 'sanity.action.document.delete', publishedId: 'act-b', includeDrafts: ['drafts.act-a'] },
    ],
    [
      'version from another document',
      {
        actionType: 'sanity.action.document.version.create',
        publishedId: 'act-b',
        baseId: 'drafts.act-a',
        versionId: 'versions.r1.act-b',
      },
    ],
    [
      'version with a mismatched document',
      {
        actionType: 'sanity.action.document.version.create',
        publishedId: 'act-b',
        document: { _id: 'versions.r1.act-a', _type: 'note' },
      },
    ],
  ];

  it.each(refusals)('%s: 400, nothing changes', async (_name, action) => {
    const before = await client.fetch(
      '*[_id in path("**") && _id match "act-*"]{_id, _rev} | order(_id)',
      {},
      { perspective: 'raw' },
    );
    const error = await failure(client.action(action as never));
    expect(error.statusCode).toBe(400);
    expect(error.details?.type).toBe('actionError');
    const after = await client.fetch(
      '*[_id in path("**") && _id match "act-*"]{_id, _rev} | order(_id)',
      {},
      { perspective: 'raw' },
    );
    expect(after).toEqual(before);
  });

  it('publishes a draft onto its own published id', async () => {
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.act-a',
      publishedId: 'act-a',
    });
    expect(await client.getDocument('act-a')).toMatchObject({ title: 'A draft' });
  });
});
