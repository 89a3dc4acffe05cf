import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { lakeClient } from './helpers/clients.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => ({ lake, client } = await startLakeWithClient()));
afterAll(() => lake?.stop());

describe('mutations through @sanity/client', () => {
  it('creates a document with revision and timestamps set by the lake', async () => {
    const created = await client.create({ _id: 'note-1', _type: 'note', title: 'First' });
    expect(created).toMatchObject({ _id: 'note-1', _type: 'note', title: 'First' });
    expect(created._rev).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(created._createdAt).toBe(created._updatedAt);
    expect(await client.getDocument('note-1')).toEqual(created);
  });

  it('refuses to create an id that exists with 409 and changes nothing', async () => {
    await client.create({ _id: 'note-dup', _type: 'note', title: 'Original' });
    const error = await client
      .create({ _id: 'note-dup', _type: 'note', title: 'Second' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 409 });
    expect((error as Error).message).toContain('already exists');
    expect((await client.getDocument('note-dup'))?.title).toBe('Original');
  });

  it('createIfNotExists leaves an existing document alone; createOrReplace replaces it keeping _createdAt', async () => {
    const original = await client.create({ _id: 'note-2', _type: 'note', title: 'Kept', extra: true });
    await client.createIfNotExists({ _id: 'note-2', _type: 'note', title: 'Ignored' });
    expect((await client.getDocument('note-2'))?.title).toBe('Kept');

    await new Promise((resolve) => setTimeout(resolve, 5));
    const replaced = await client.createOrReplace({ _id: 'note-2', _type: 'note', title: 'Replaced' });
    expect(replaced.title).toBe('Replaced');
    expect((replaced as Record<string, unknown>).extra).toBeUndefined();
    expect(replaced._createdAt).toBe(original._createdAt);
    expect(replaced._updatedAt > original._updatedAt).toBe(true);
    expect(replaced._rev).not.toBe(original._rev);
  });

  it('applies every patch operation', async () => {
    await client.create({
      _id: 'note-3',
      _type: 'note',
      title: 'Patch me',
      count: 10,
      obsolete: 'x',
      body: 'The quick brown fox',
      tags: [
        { _key: 'a', name: 'alpha' },
        { _key: 'c', name: 'gamma' },
      ],
    });
    const patched = await client
      .patch('note-3')
      .set({ title: 'Patched', 'nested.deep': 1 })
      .setIfMissing({ subtitle: 'Added', title: 'Not used' })
      .unset(['obsolete'])
      .inc({ count: 5 })
      .dec({ count: 2 })
      .insert('after', 'tags[_key=="a"]', [{ _key: 'b', name: 'beta' }])
      .diffMatchPatch({ body: '@@ -7,11 +7,11 @@\n ick \n-brown\n+green\n  fox\n' })
      .commit();
    expect(patched).toMatchObject({
      title: 'Patched',
      subtitle: 'Added',
      count: 13,
      nested: { deep: 1 },
      body: 'The quick green fox',
    });
    expect(patched.obsolete).toBeUndefined();
    expect(patched.tags.map((tag: { name: string }) => tag.name)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('answers 409 when ifRevisionID does not match, and applies when it does', async () => {
    const doc = await client.create({ _id: 'note-4', _type: 'note', title: 'v1' });
    await expect(
      client.patch('note-4').ifRevisionId('not-the-revision').set({ title: 'v2' }).commit(),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect((await client.getDocument('note-4'))?.title).toBe('v1');
    const updated = await client.patch('note-4').ifRevisionId(doc._rev).set({ title: 'v2' }).commit();
    expect(updated.title).toBe('v2');
  });

  it('answers 409 for a patch on a missing document', async () => {
    await expect(client.patch('no-such-note').set({ title: 'x' }).commit()).rejects.toMatchObject({
      statusCode: 409,
    });
  });

  it('applies a transaction all-or-nothing, with the given transaction id', async () => {
    const result = await client
      .transaction()
      .create({ _id: 'tx-a', _type: 'note', n: 1 })
      .create({ _id: 'tx-b', _type: 'note', n: 2 })
      .patch('tx-a', (patch) => patch.inc({ n: 10 }))
      .commit({ transactionId: 'my-transaction-1' });
    expect(result.transactionId).toBe('my-transaction-1');
    expect(result.results.map((entry) => [entry.id, entry.operation])).toEqual([
      ['tx-a', 'create'],
      ['tx-b', 'create'],
    ]);
    const docs = await client.getDocuments(['tx-a', 'tx-b']);
    expect(docs.map((doc) => doc?.n)).toEqual([11, 2]);
    expect(docs.map((doc) => doc?._rev)).toEqual(['my-transaction-1', 'my-transaction-1']);

    // The second mutation fails, so the first must not be applied either.
    await expect(
      client
        .transaction()
        .create({ _id: 'tx-c', _type: 'note' })
        .create({ _id: 'tx-a', _type: 'note' })
        .commit(),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect(await client.getDocument('tx-c')).toBeUndefined();

    // A transaction id can only be used once.
    await expect(
      client
        .transaction()
        .create({ _id: 'tx-d', _type: 'note' })
        .commit({ transactionId: 'my-transaction-1' }),
    ).rejects.toMatchObject({ statusCode: 409 });
  });

  it('returns ids or documents as asked', async () => {
    const ids = await client.mutate([{ create: { _id: 'note-5', _type: 'note' } }], {
      returnDocuments: false,
    });
    expect(ids).toMatchObject({ documentIds: ['note-5'], results: [{ id: 'note-5', operation: 'create' }] });
    const docs = await client.mutate([{ patch: { id: 'note-5', set: { title: 'T' } } }], {
      returnDocuments: true,
    });
    expect(docs).toEqual([expect.objectContaining({ _id: 'note-5', title: 'T' })]);
  });

  it('deletes by id and by query', async () => {
    await client.create({ _id: 'gone-1', _type: 'trash' });
    await client.create({ _id: 'gone-2', _type: 'trash' });
    await client.create({ _id: 'gone-3', _type: 'trash' });
    await client.delete('gone-1');
    expect(await client.getDocument('gone-1')).toBeUndefined();
    await client.delete({ query: '*[_type == $type]', params: { type: 'trash' } });
    expect(await client.fetch('count(*[_type == "trash"])')).toBe(0);
  });

  it('patches by query', async () => {
    await client.create({ _id: 'bulk-1', _type: 'bulk', done: false });
    await client.create({ _id: 'bulk-2', _type: 'bulk', done: false });
    await client.patch({ query: '*[_type == "bulk"]' }).set({ done: true }).commit();
    expect(await client.fetch('*[_type == "bulk"].done')).toEqual([true, true]);
  });

  it('creates drafts that only the drafts perspective overlays', async () => {
    await client.create({ _id: 'drafts.note-6', _type: 'note', title: 'Draft only' });
    expect(await lakeClient(lake.url).fetch('*[_id == "note-6"]')).toEqual([]);
    expect(await client.fetch('*[_id == "note-6"][0].title', {}, { perspective: 'drafts' })).toBe(
      'Draft only',
    );
  });

  it('answers a dry run without writing anything', async () => {
    const result = await client.mutate([{ create: { _id: 'dry-run-1', _type: 'note' } }], {
      dryRun: true,
      returnDocuments: false,
    });
    expect(result).toMatchObject({ results: [{ id: 'dry-run-1', operation: 'create' }] });
    expect(await client.getDocument('dry-run-1')).toBeUndefined();
  });

  it('overlays release versions in a release perspective and hides them elsewhere', async () => {
    await client.create({ _id: 'release-note', _type: 'note', title: 'Published' });
    await client.create({ _id: 'versions.rSpring.release-note', _type: 'note', title: 'Spring release' });
    const titleIn = (perspective: never) =>
      client.fetch('*[_id == "release-note"][0].title', {}, { perspective });
    expect(await titleIn('published' as never)).toBe('Published');
    expect(await titleIn('drafts' as never)).toBe('Published');
    expect(await titleIn(['rSpring', 'drafts'] as never)).toBe('Spring release');
  });

  it('rejects writes without the token', async () => {
    await expect(lakeClient(lake.url).create({ _id: 'x', _type: 'note' })).rejects.toMatchObject({
      statusCode: 401,
    });
    await expect(
      lakeClient(lake.url, 'wrong-token-wrong-token-wrong-token-wrong').create({ _id: 'x', _type: 'note' }),
    ).rejects.toMatchObject({ statusCode: 401 });
  });

  it('rejects malformed mutations with 400', async () => {
    await expect(client.mutate([{ create: { _id: 'no-type' } } as never])).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(client.mutate([{ explode: {} } as never])).rejects.toMatchObject({ statusCode: 400 });
  });
});
