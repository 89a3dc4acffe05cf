// The two endpoints the Studio's dialogs and Vision call besides the document API:
// - `GET /data/references/:dataset/documents/:id/to`: the unpublish and delete dialogs ask which documents refer
//   to one (the Studio's structure/components/confirmDeleteDialog/useReferringDocuments.ts reads
//   `{totalCount, references: [{projectId, datasetName, documentId}]}` and asks with
//   `excludeInternalReferences=true` for references from other datasets only).
// - `GET /datasets` on the project host: Vision's dataset list, as `client.datasets.list()` sends it
//   (https://www.sanity.io/docs/http-reference/projects, "List datasets").
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;

beforeAll(async () => {
  lake = await startLakeProcess();
  client = lakeClient(lake.url, lake.token);
  await client
    .transaction()
    .create({ _id: 'ref-target', _type: 'person', name: 'Dr. A' })
    .create({ _id: 'ref-article', _type: 'article', author: { _type: 'reference', _ref: 'ref-target' } })
    .create({ _id: 'drafts.ref-other', _type: 'article', reviewer: { _type: 'reference', _ref: 'ref-target', _weak: true } })
    .create({ _id: 'ref-unrelated', _type: 'article' })
    .commit();
});

afterAll(async () => {
  await lake?.stop();
});

async function get(path: string, token: string | undefined = lake.token) {
  const response = await fetch(`${lake.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('documents referring to a document', () => {
  it('lists every document of the dataset that refers to it, drafts included', async () => {
    const { status, body } = await get('/v2025-02-19/data/references/production/documents/ref-target/to');
    expect(status).toBe(200);
    expect(body.totalCount).toBe(2);
    expect(body.references).toEqual(
      expect.arrayContaining([
        { projectId: 'local', datasetName: 'production', documentId: 'ref-article' },
        { projectId: 'local', datasetName: 'production', documentId: 'drafts.ref-other' },
      ]),
    );
  });

  it('has no references from other datasets, which is what the Studio’s dialogs ask for', async () => {
    const asked = await get(
      '/vX/data/references/production/documents/ref-target/to?excludeInternalReferences=true&excludePaths=true',
    );
    expect(asked).toEqual({ status: 200, body: { totalCount: 0, references: [] } });
  });

  it('answers an unreferenced document with none, and bad requests with JSON errors', async () => {
    expect((await get('/v2025-02-19/data/references/production/documents/ref-unrelated/to')).body).toEqual({
      totalCount: 0,
      references: [],
    });
    expect((await get('/v2025-02-19/data/references/other/documents/ref-target/to')).status).toBe(404);
    expect((await get('/v2025-02-19/data/references/production/documents/ref-target/to', '')).status).toBe(401);
  });
});

describe('datasets on the project host', () => {
  it('lists the dataset as on the project path', async () => {
    const onHost = await get('/v2025-06-27/datasets');
    expect(onHost.status).toBe(200);
    expect(onHost.body).toEqual((await get('/v2025-02-19/projects/local/datasets')).body);
    expect(onHost.body).toEqual([expect.objectContaining({ name: 'production' })]);
  });
});
