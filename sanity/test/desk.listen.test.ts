// Every list in the desk, opened as the Studio opens it (children resolved by the real structure builder, the
// review queue reading the real local lake), has a filter the lake can both answer and listen to. The desk keeps
// each list live with a listener on that filter, and the Listen API refuses joins ("The Listen API doesn't support
// joins", https://www.sanity.io/docs/content-lake/groq-feature-support-by-context): a list whose filter has a
// sub-query shows "Could not fetch list items" on hosted Sanity and on the lake alike.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import { createClient, type SanityClient } from '@sanity/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Source } from 'sanity';
import { createStructureBuilder } from 'sanity/structure';
import { structure } from '../structure/index.ts';
import { DUE_FOR_REVIEW_LIST_ID } from '../structure/reviewQueue.ts';
import { studioSource } from './support/source.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

let lake: RunningLake;
let dataDir: string;
let client: SanityClient;
let source: Source;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'studio-desk-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, seedDir: path.resolve('seed'), log: () => {} });
  client = createClient({ ...lakeClientConfig(lake.url), apiVersion: SANITY_API_VERSION, token: lake.token });
  source = { ...(await studioSource()), getClient: () => client } as Source;
}, 60_000);

afterAll(async () => {
  await lake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Serialized = {
  id: string;
  type: string;
  items?: Serialized[];
  child?: unknown;
  options?: Record<string, unknown>;
};
type DocumentListPane = { path: string; filter: string; params: Record<string, unknown> };

async function resolveChild(
  parent: Serialized,
  item: Serialized,
  path: string[],
): Promise<Serialized | null> {
  const child = item.child;
  const context = { parent, index: 0, splitIndex: 0, path, params: {} };
  const resolved =
    typeof child === 'function' ? await (child as (...a: unknown[]) => unknown)(item.id, context) : child;
  if (!resolved) return null;
  const node = resolved as { serialize?: (options: { path: string[] }) => Serialized };
  return node.serialize ? node.serialize({ path }) : (resolved as Serialized);
}

/** Every document list reachable from the desk's root, opened as the desk opens panes. */
async function documentLists(): Promise<DocumentListPane[]> {
  const S = createStructureBuilder({ source, perspectiveStack: [] });
  const root = (structure(S, {} as never) as { serialize: (o: { path: string[] }) => Serialized }).serialize({
    path: [],
  });
  const found: DocumentListPane[] = [];
  const walk = async (pane: Serialized, path: string[]): Promise<void> => {
    if (pane.type === 'documentList') {
      const { filter, params } = pane.options as { filter: string; params?: Record<string, unknown> };
      found.push({ path: path.join('/'), filter, params: params ?? {} });
      return;
    }
    for (const item of pane.items ?? []) {
      if (item.type !== 'listItem') continue;
      const child = await resolveChild(pane, item, [...path, item.id]);
      if (child) await walk(child, [...path, item.id]);
    }
  };
  await walk(root, []);
  return found;
}

/** What the lake's Listen API answers for `*[filter]`: "welcome" once it listens, or its error. */
async function listenTo(filter: string, params: Record<string, unknown>): Promise<string> {
  const url = new URL(`${lake.url}/v${SANITY_API_VERSION}/data/listen/production`);
  url.searchParams.set('query', `*[${filter}]`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(`$${name}`, JSON.stringify(value));
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${lake.token}` },
    signal: controller.signal,
  });
  try {
    if (!response.ok) return `${response.status} ${await response.text()}`;
    const reader = response.body!.getReader();
    let text = '';
    while (!/event: ?welcome/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    return /event: ?welcome/.test(text) ? 'welcome' : `no welcome: ${text}`;
  } finally {
    controller.abort();
  }
}

describe('the desk lists, against the local lake', () => {
  it('every list filter is answered and can be listened to', async () => {
    const lists = await documentLists();
    // The topic lists, the plain type lists and the review queue are all among them.
    expect(lists.map((list) => list.path)).toEqual(
      expect.arrayContaining(['article', `${DUE_FOR_REVIEW_LIST_ID}`, 'articles-by-topic/crps']),
    );
    for (const { path: at, filter, params } of lists) {
      await expect(client.fetch(`count(*[${filter}])`, params)).resolves.toEqual(expect.any(Number));
      expect([at, await listenTo(filter, params)]).toEqual([at, 'welcome']);
    }
  }, 60_000);

  it('the review queue lists the articles with no approval in 12 months, and drops one when it is approved', async () => {
    const queue = async () => {
      const list = (await documentLists()).find((pane) => pane.path === DUE_FOR_REVIEW_LIST_ID)!;
      return client.fetch<string[]>(`*[${list.filter}]._id`, list.params, { perspective: 'raw' });
    };
    const before = await queue();
    expect(before).toContain('article-ketamine-for-crps-what-to-expect');
    await client.create({
      _id: 'approval-desk-test',
      _type: 'medicalApproval',
      kind: 'approval',
      document: { _type: 'reference', _ref: 'article-ketamine-for-crps-what-to-expect', _weak: true },
      at: new Date().toISOString(),
    });
    const after = await queue();
    expect(after).not.toContain('article-ketamine-for-crps-what-to-expect');
    expect(after.length).toBe(before.length - 1);
  });
});
