import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { applyPatch } from 'mendoza';
import { lakeClient } from './helpers/clients.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => ({ lake, client } = await startLakeWithClient()));
afterAll(() => lake?.stop());

const published = () => lakeClient(lake.url);

describe('document actions (the Studio write path)', () => {
  it('creates a draft, edits it, and publishes it in one step', async () => {
    await client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'article-new',
      attributes: { _id: 'drafts.article-new', _type: 'article', title: 'New' },
      ifExists: 'fail',
    });
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.article-new',
      publishedId: 'article-new',
      patch: { set: { title: 'New and edited' } },
    });
    expect(await published().getDocument('article-new')).toBeUndefined();

    const { transactionId } = await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.article-new',
      publishedId: 'article-new',
    });
    const doc = await published().getDocument('article-new');
    expect(doc).toMatchObject({ _id: 'article-new', title: 'New and edited', _rev: transactionId });
    expect(await client.getDocument('drafts.article-new')).toBeUndefined();
  });

  it('starts a draft from the published document on the first edit', async () => {
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.clinic-sacramento',
      publishedId: 'clinic-sacramento',
      patch: { set: { phone: '+19165550123' } },
    });
    const draft = await client.getDocument('drafts.clinic-sacramento');
    expect(draft).toMatchObject({ name: 'Propel Therapeutics', phone: '+19165550123' });
    expect((await published().getDocument('clinic-sacramento'))?.phone).toBe('+19169159215');
  });

  it('refuses to publish over a published revision that changed (409) and changes nothing', async () => {
    const current = await client.getDocument('article-safety');
    await expect(
      client.action({
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.article-safety',
        publishedId: 'article-safety',
        ifPublishedRevisionId: 'stale-revision',
      }),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect((await client.getDocument('article-safety'))?._rev).toBe(current?._rev);
    expect(await client.getDocument('drafts.article-safety')).toBeDefined();

    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.article-safety',
      publishedId: 'article-safety',
      ifPublishedRevisionId: current?._rev,
    });
    expect((await published().getDocument('article-safety'))?.title).toBe('Safety and side effects (draft)');
  });

  it('unpublishes into a draft, discards drafts and deletes documents', async () => {
    await client.action({
      actionType: 'sanity.action.document.unpublish',
      draftId: 'drafts.article-what-is-ketamine-therapy',
      publishedId: 'article-what-is-ketamine-therapy',
    });
    expect(await published().getDocument('article-what-is-ketamine-therapy')).toBeUndefined();
    expect((await client.getDocument('drafts.article-what-is-ketamine-therapy'))?.title).toBe(
      'What ketamine-assisted therapy is',
    );

    await client.action({
      actionType: 'sanity.action.document.discard',
      draftId: 'drafts.article-unpublished',
    });
    expect(await client.getDocument('drafts.article-unpublished')).toBeUndefined();

    await client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'article-new',
      includeDrafts: ['drafts.article-new'],
    });
    expect(await client.getDocument('article-new')).toBeUndefined();
  });

  it('rejects an action it does not know with 400', async () => {
    await expect(
      client.action({ actionType: 'sanity.action.document.teleport' } as never),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('history', () => {
  it('returns a document at an earlier revision and the transaction log with effects', async () => {
    const v1 = await client.create({ _id: 'history-doc', _type: 'note', title: 'v1' });
    const v2 = await client.patch('history-doc').set({ title: 'v2' }).commit();

    const old = await client.request<{ documents: Array<{ title: string }> }>({
      url: `/data/history/production/documents/history-doc?revision=${v1._rev}`,
    });
    expect(old.documents[0]?.title).toBe('v1');

    const response = await fetch(
      `${lake.url}/v2025-02-19/data/history/production/transactions/history-doc?effectFormat=mendoza&excludeContent=true`,
      { headers: { authorization: `Bearer ${lake.token}` } },
    );
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([v1._rev, v2._rev]);
    const { _rev: _a, ...v1Body } = v1;
    const { _rev: _b, ...v2Body } = v2;
    expect(applyPatch(null, lines[0].effects['history-doc'].apply)).toEqual(v1Body);
    expect(applyPatch(v1Body, lines[1].effects['history-doc'].apply)).toEqual(v2Body);
    expect(applyPatch(v2Body, lines[1].effects['history-doc'].revert)).toEqual(v1Body);
  });

  it('lists lifecycle events of a document group', async () => {
    await client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'events-doc',
      attributes: { _id: 'drafts.events-doc', _type: 'note', title: 'x' },
      ifExists: 'fail',
    });
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.events-doc',
      publishedId: 'events-doc',
    });
    const response = await client.request<{ events: Record<string, Array<{ type: string }>> }>({
      url: '/data/history/production/events/documents/drafts.events-doc',
    });
    expect(response.events['drafts.events-doc']?.map((event) => event.type)).toEqual([
      'publishDocumentVersion',
      'createDocumentVersion',
    ]);
  });

  it('lists every transaction of the dataset without ids, deleted documents included', async () => {
    // https://www.sanity.io/docs/developer-guides/find-and-restore-deleted-documents: the transactions endpoint
    // without document ids lists changes across the whole dataset, so a deletion is found without knowing the id.
    await client.create({ _id: 'gone-doc', _type: 'note', title: 'short-lived' });
    const { transactionId } = await client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'gone-doc',
      includeDrafts: ['drafts.gone-doc'],
    });
    const response = await fetch(
      `${lake.url}/v2025-02-19/data/history/production/transactions?reverse=true&limit=5&excludeContent=true`,
      { headers: { authorization: `Bearer ${lake.token}` } },
    );
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; documentIDs: string[]; author: string });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: transactionId, documentIDs: ['gone-doc'] });
    expect(lines[1]?.documentIDs).toEqual(['gone-doc']);
  });

  it('needs the token', async () => {
    await expect(
      published().request({ url: '/data/history/production/documents/history-doc?revision=x' }),
    ).rejects.toMatchObject({ statusCode: 401 });
  });
});
