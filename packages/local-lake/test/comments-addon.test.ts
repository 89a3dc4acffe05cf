// The Studio's comments, kept as Sanity keeps them: in the content dataset's comments add-on dataset
// (`production-comments`), which the Studio looks up with
// `GET /projects/:id/datasets?datasetProfile=comments&addonFor=production` and creates with
// `POST /comments/production/setup` (sanity-io/sanity, packages/sanity/src/core/studio/addonDataset/
// AddonDatasetProvider.tsx). Comment documents are written, patched, queried and listened to as the Studio's comment
// operations and store do (packages/sanity/src/core/comments/hooks/use-comment-operations/*.ts,
// packages/sanity/src/core/comments/store/useCommentsStore.ts). The Studio offers comments only when `GET /features`
// lists `studioComments` (packages/sanity/src/core/hooks/useFeatureEnabled.ts), and offers a project member for a
// mention only when a `system.group` document grants them read access (packages/sanity/src/core/hooks/
// useUserListWithPermissions.ts; `_.groups.*` documents as described in https://www.sanity.io/docs/access-control).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MutationEvent, SanityClient } from '@sanity/client';
import { firstValueFrom } from 'rxjs';
import { filter, take, toArray } from 'rxjs/operators';
import { addUser } from '../src/settings.ts';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

const COMMENTS_DATASET = 'production-comments';
const ARTICLE_ID = 'article-safety';
const THREAD_QUERY =
  '*[_type == "comment" && target.document._ref == $documentId && !defined(target.documentVersionId)]' +
  '{_id, authorId, message, parentCommentId, status, threadId, target} | order(_createdAt asc)';

let dataDir: string;
let lake: LakeProcess;
let reviewer: { id: string; token: string };

beforeAll(async () => {
  dataDir = tempDataDir();
  lake = await startLakeProcess({ dataDir });
  reviewer = addUser(dataDir, 'Medical reviewer', 'review@clinic.example');
});

afterAll(async () => {
  await lake?.stop();
});

async function request(method: string, urlPath: string, token?: string) {
  const response = await fetch(`${lake.url}${urlPath}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

function commentsClient(token: string): SanityClient {
  return lakeClient(lake.url, token).withConfig({ dataset: COMMENTS_DATASET, perspective: 'raw' });
}

/** A field comment as the Studio's createOperation writes it: a weak cross-dataset reference to the article. */
function fieldComment(fields: {
  _id: string;
  authorId: string;
  threadId: string;
  parentCommentId?: string;
  text: string;
  mention?: string;
}) {
  return {
    _id: fields._id,
    _type: 'comment',
    authorId: fields.authorId,
    threadId: fields.threadId,
    parentCommentId: fields.parentCommentId,
    status: 'open',
    reactions: [],
    message: [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [],
        children: [
          { _type: 'span', _key: 's1', text: fields.text, marks: [] },
          ...(fields.mention ? [{ _type: 'mention', _key: 'm1', userId: fields.mention }] : []),
        ],
      },
    ],
    context: { payload: { workspace: 'default' }, tool: 'structure' },
    contentSnapshot: [
      {
        _type: 'block',
        _key: 'p1',
        children: [{ _type: 'span', text: 'Ketamine can raise blood pressure.' }],
      },
    ],
    target: {
      documentRevisionId: 'rev-1',
      documentType: 'article',
      path: {
        field: 'body',
        selection: {
          type: 'text',
          value: [{ _key: 'p1', text: 'Ketamine can <comment>raise blood pressure</comment>.' }],
        },
      },
      document: {
        _dataset: 'production',
        _projectId: 'local',
        _ref: ARTICLE_ID,
        _type: 'crossDatasetReference',
        _weak: true,
      },
    },
  };
}

describe('the comments feature', () => {
  it('is listed among the project features, so the Studio shows comments instead of an upsell', async () => {
    expect(await request('GET', '/v2025-02-19/features', lake.token)).toEqual({
      status: 200,
      body: expect.arrayContaining(['studioComments']),
    });
  });

  it('stores one administrator group listing every user, for the mention list', async () => {
    const editor = lakeClient(lake.url, lake.token);
    // users.json changed after the start (addUser above); the lake rewrites the group within a second or two.
    let groups: Array<{ members: string[]; grants: Array<{ filter: string; permissions: string[] }> }> = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      groups = await editor.fetch('*[_type == "system.group"]{members, grants}');
      if (groups[0]?.members.includes(reviewer.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(groups).toEqual([
      {
        members: ['p-local-editor', reviewer.id],
        grants: [{ filter: '_id in path("**")', permissions: expect.arrayContaining(['read']) }],
      },
    ]);
  });

  it('keeps the group from readers without a token, as a public dataset keeps `_.` documents', async () => {
    const anonymous = lakeClient(lake.url);
    expect(await anonymous.fetch('*[_type == "system.group"]')).toEqual([]);
    // Older API versions read `raw` by default; without a token that is still no system document.
    const olderRaw = await request(
      'GET',
      `/v2021-06-07/data/query/production?query=${encodeURIComponent('*[_id in path("_.**")]._id')}`,
    );
    expect(olderRaw.body).toMatchObject({ result: [] });
    const signedInRaw = await request(
      'GET',
      `/v2021-06-07/data/query/production?query=${encodeURIComponent('*[_id in path("_.**")]._id')}`,
      lake.token,
    );
    expect(signedInRaw.body).toMatchObject({ result: ['_.groups.administrator'] });
    expect(await request('GET', '/v2025-02-19/data/doc/production/_.groups.administrator')).toEqual({
      status: 200,
      body: { documents: [], omitted: [{ id: '_.groups.administrator', reason: 'permission' }] },
    });
    const signedIn = await request(
      'GET',
      '/v2025-02-19/data/doc/production/_.groups.administrator',
      lake.token,
    );
    expect(signedIn.body).toMatchObject({ documents: [{ _type: 'system.group' }] });
  });
});

describe('the comments add-on dataset', () => {
  it('does not exist until the first comment sets it up', async () => {
    expect(
      await request(
        'GET',
        '/v2025-02-19/projects/local/datasets?datasetProfile=comments&addonFor=production',
        lake.token,
      ),
    ).toEqual({ status: 200, body: [] });
    const query = await request('GET', `/v2025-02-19/data/query/${COMMENTS_DATASET}?query=*`, lake.token);
    expect(query.status).toBe(404);
  });

  it('is set up only for a signed-in user and a content dataset that exists', async () => {
    expect((await request('POST', '/v2025-02-19/comments/production/setup')).status).toBe(401);
    expect((await request('POST', '/v2025-02-19/comments/staging/setup', lake.token)).status).toBe(404);
  });

  it('is created by the setup call, once, and then listed as the add-on of production', async () => {
    const first = await request('POST', '/v2025-02-19/comments/production/setup', reviewer.token);
    expect(first).toEqual({ status: 200, body: expect.objectContaining({ datasetName: COMMENTS_DATASET }) });
    const again = await request('POST', '/v2025-02-19/comments/production/setup', lake.token);
    expect(again.body).toEqual(first.body);
    // Setting up comments for the add-on dataset itself makes no sense.
    expect(
      (await request('POST', `/v2025-02-19/comments/${COMMENTS_DATASET}/setup`, lake.token)).status,
    ).toBe(400);

    const addon = await request(
      'GET',
      '/v2025-02-19/projects/local/datasets?datasetProfile=comments&addonFor=production',
      lake.token,
    );
    expect(addon.body).toEqual([
      expect.objectContaining({
        name: COMMENTS_DATASET,
        addonFor: 'production',
        datasetProfile: 'comments',
        createdByUserId: reviewer.id,
      }),
    ]);
    const all = (await request('GET', '/v2025-02-19/projects/local/datasets', lake.token)).body as Array<{
      name: string;
    }>;
    expect(all.map((dataset) => dataset.name)).toEqual(['production', COMMENTS_DATASET]);
    const acl = await request(
      'GET',
      `/v2021-06-07/projects/local/datasets/${COMMENTS_DATASET}/acl`,
      lake.token,
    );
    expect(acl.status).toBe(200);
    // Private, as Sanity creates it: staff's review notes are not for readers without a token.
    expect(addon.body).toEqual([expect.objectContaining({ aclMode: 'private' })]);
    for (const path of [
      `/data/query/${COMMENTS_DATASET}?query=*`,
      `/data/doc/${COMMENTS_DATASET}/c-1`,
      `/data/listen/${COMMENTS_DATASET}?query=*`,
    ])
      expect((await request('GET', `/v2025-02-19${path}`)).status).toBe(401);
  });

  it('carries a thread between two people: comment with a mention, reply, resolve, all seen live', async () => {
    const asReviewer = commentsClient(reviewer.token);
    const asEditor = commentsClient(lake.token);
    // The Studio's comments store listens with these options (useCommentsStore.ts).
    const events = asEditor
      .listen(
        '*[_type == "comment" && target.document._ref == $documentId]',
        { documentId: ARTICLE_ID },
        {
          events: ['welcome', 'mutation'],
          includeResult: true,
          includeAllVersions: true,
          visibility: 'query',
        },
      )
      .pipe(
        filter((event): event is MutationEvent => event.type === 'mutation'),
        take(3),
        toArray(),
      );
    const seen = firstValueFrom(events);
    await new Promise((resolve) => setTimeout(resolve, 300));

    await asReviewer.create(
      fieldComment({
        _id: 'c-1',
        authorId: reviewer.id,
        threadId: 't-1',
        text: 'Source? ',
        mention: 'p-local-editor',
      }),
    );
    await asEditor.create(
      fieldComment({
        _id: 'c-2',
        authorId: 'p-local-editor',
        threadId: 't-1',
        parentCommentId: 'c-1',
        text: 'Added.',
      }),
    );
    // Resolving a thread patches its parent and, by query, its replies (updateOperation.ts).
    await asReviewer
      .transaction()
      .patch('c-1', (patch) => patch.set({ status: 'resolved' }))
      .patch({ query: '*[_type == "comment" && parentCommentId == "c-1"]' } as never, (patch) =>
        patch.set({ status: 'resolved' }),
      )
      .commit();

    const mutations = await seen;
    expect(mutations.map((event) => [event.documentId, event.transition])).toEqual([
      ['c-1', 'appear'],
      ['c-2', 'appear'],
      ['c-1', 'update'],
    ]);
    expect(mutations[0]?.result).toMatchObject({ authorId: reviewer.id, message: [expect.anything()] });

    const thread = await asReviewer.fetch(THREAD_QUERY, { documentId: ARTICLE_ID });
    expect(thread).toEqual([
      expect.objectContaining({
        _id: 'c-1',
        authorId: reviewer.id,
        status: 'resolved',
        parentCommentId: null,
      }),
      expect.objectContaining({
        _id: 'c-2',
        authorId: 'p-local-editor',
        status: 'resolved',
        parentCommentId: 'c-1',
      }),
    ]);
    expect(thread[0].target.path.selection.value[0].text).toContain('<comment>');

    // The comments are in the add-on dataset only; the article is untouched and its dataset has no comments.
    const content = lakeClient(lake.url, lake.token).withConfig({ perspective: 'raw' });
    expect(await content.fetch('count(*[_type == "comment"])')).toBe(0);

    const doc = await request('GET', `/v2025-02-19/data/doc/${COMMENTS_DATASET}/c-1`, lake.token);
    expect(doc.body).toMatchObject({ documents: [{ _id: 'c-1', status: 'resolved' }] });
    const history = await fetch(`${lake.url}/v2025-02-19/data/history/${COMMENTS_DATASET}/transactions/c-1`, {
      headers: { authorization: `Bearer ${lake.token}` },
    });
    const authors = (await history.text())
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { author: string }).author);
    expect(authors).toEqual([reviewer.id, reviewer.id]);
  });

  it('keeps its comments across a restart', async () => {
    await lake.stop();
    lake = await startLakeProcess({ dataDir });
    const addon = await request(
      'GET',
      '/v2025-02-19/projects/local/datasets?datasetProfile=comments&addonFor=production',
      lake.token,
    );
    expect(addon.body).toEqual([expect.objectContaining({ name: COMMENTS_DATASET })]);
    const thread = await commentsClient(lake.token).fetch(THREAD_QUERY, { documentId: ARTICLE_ID });
    expect(thread.map((comment: { _id: string; status: string }) => [comment._id, comment.status])).toEqual([
      ['c-1', 'resolved'],
      ['c-2', 'resolved'],
    ]);
  });
});
