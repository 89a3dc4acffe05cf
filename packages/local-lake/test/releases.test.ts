// Content releases through @sanity/client's own `releases` methods and version helpers, as the Studio's releases
// tool calls them (sanity/src/core/releases/store/createReleaseOperationStore.ts). The answers follow Sanity's
// "Content release document flow" (https://www.sanity.io/docs/content-lake/content-release-document-flow) and the
// Actions API reference (https://www.sanity.io/docs/http-reference/actions): a release is a `system.release`
// document at `_.releases.<name>` whose state moves active → scheduled → published (or archived), its documents are
// `versions.<name>.<id>`, and publishing it publishes every version in one transaction.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => {
  lake = await startLakeProcess();
  client = lakeClient(lake.url, lake.token).withConfig({ perspective: 'raw' });
});
afterAll(() => lake?.stop());

const releaseDoc = (name: string) => client.getDocument(`_.releases.${name}`);
const published = (id: string) => client.withConfig({ perspective: 'published' }).getDocument(id);
const releaseDocuments = async (releaseId: string) =>
  (await client.releases.fetchDocuments({ releaseId })).result.map((doc) => doc._id);
const futureIso = (ms: number) => new Date(Date.now() + ms).toISOString();

async function releaseWith(name: string, docs: { publishedId: string; title: string }[]): Promise<void> {
  await client.releases.create({
    releaseId: name,
    metadata: { title: `Release ${name}`, releaseType: 'asap' },
  });
  for (const { publishedId, title } of docs) {
    const base = await client.getDocument(publishedId);
    await client.createVersion({
      releaseId: name,
      publishedId,
      document: { ...(base ?? { _type: 'article' }), _id: `versions.${name}.${publishedId}`, title } as never,
    });
  }
}

describe('a release and its versions', () => {
  it('creates a system.release document at _.releases.<name>, active, with its metadata', async () => {
    await client.releases.create({
      releaseId: 'spring',
      metadata: { title: 'Spring', releaseType: 'scheduled' },
    });
    expect(await client.releases.get({ releaseId: 'spring' })).toMatchObject({
      _id: '_.releases.spring',
      _type: 'system.release',
      name: 'spring',
      state: 'active',
      metadata: { title: 'Spring', releaseType: 'scheduled' },
    });
    await expect(client.releases.create({ releaseId: 'spring' })).rejects.toMatchObject({ statusCode: 409 });
  });

  it('edits the metadata only', async () => {
    await client.releases.edit({ releaseId: 'spring', patch: { set: { 'metadata.title': 'Spring move' } } });
    expect((await releaseDoc('spring'))?.metadata).toMatchObject({ title: 'Spring move' });
    await expect(
      client.releases.edit({ releaseId: 'spring', patch: { set: { state: 'published' } } }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('shows the release over the published content in its perspective, and lists its documents', async () => {
    await client.createVersion({
      releaseId: 'spring',
      publishedId: 'clinic-sacramento',
      document: {
        _id: 'versions.spring.clinic-sacramento',
        _type: 'clinic',
        name: 'Propel Therapeutics (new address)',
      },
    });
    const inRelease = await client.fetch(
      '*[_id == "clinic-sacramento"][0].name',
      {},
      { perspective: ['spring'] },
    );
    expect(inRelease).toBe('Propel Therapeutics (new address)');
    expect((await published('clinic-sacramento'))?.name).toBe('Propel Therapeutics');
    expect(await releaseDocuments('spring')).toEqual(['versions.spring.clinic-sacramento']);
  });
});

describe('publishing a release', () => {
  it('publishes every version at once, in one transaction, and records the final states', async () => {
    await releaseWith('move', [
      { publishedId: 'article-safety', title: 'Safety (moved)' },
      { publishedId: 'siteSettings', title: 'Settings (moved)' },
    ]);
    const { transactionId } = await client.releases.publish({ releaseId: 'move' });
    const [safety, settings] = await Promise.all([published('article-safety'), published('siteSettings')]);
    expect(safety).toMatchObject({ title: 'Safety (moved)', _rev: transactionId });
    expect(settings).toMatchObject({ title: 'Settings (moved)', _rev: transactionId });
    expect(await releaseDocuments('move')).toEqual([]);
    expect(await releaseDoc('move')).toMatchObject({
      state: 'published',
      publishedAt: expect.any(String),
      finalDocumentStates: [{ id: 'versions.move.article-safety' }, { id: 'versions.move.siteSettings' }],
    });
    // A published release can be neither published again nor archived; it can be deleted.
    await expect(client.releases.publish({ releaseId: 'move' })).rejects.toMatchObject({ statusCode: 409 });
    await client.releases.delete({ releaseId: 'move' });
    expect(await releaseDoc('move')).toBeUndefined();
  });

  it('publishes nothing when one version would reference a document that is not published', async () => {
    await releaseWith('broken', [{ publishedId: 'article-what-is-ketamine-therapy', title: 'Changed' }]);
    await client.createVersion({
      releaseId: 'broken',
      publishedId: 'article-new-in-release',
      document: {
        _id: 'versions.broken.article-new-in-release',
        _type: 'article',
        title: 'New',
        author: { _type: 'reference', _ref: 'person-that-does-not-exist' },
      },
    });
    const error = await client.releases.publish({ releaseId: 'broken' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 409 });
    expect(String((error as Error).message)).toMatch(/person-that-does-not-exist/);
    expect((await published('article-what-is-ketamine-therapy'))?.title).toBe(
      'What ketamine-assisted therapy is',
    );
    expect(await published('article-new-in-release')).toBeUndefined();
    expect(await releaseDoc('broken')).toMatchObject({ state: 'active' });
    expect(await releaseDocuments('broken')).toHaveLength(2);
  });

  it('unpublishes a document marked for unpublishing in the release', async () => {
    await client.releases.create({ releaseId: 'retire' });
    await client.unpublishVersion({ releaseId: 'retire', publishedId: 'article-what-is-ketamine-therapy' });
    expect(await client.getDocument('versions.retire.article-what-is-ketamine-therapy')).toMatchObject({
      _system: { delete: true },
    });
    await client.releases.publish({ releaseId: 'retire' });
    expect(await published('article-what-is-ketamine-therapy')).toBeUndefined();
  });
});

describe('scheduling, archiving and deleting', () => {
  it('schedules for a future time only, unschedules, and refuses to archive a scheduled release', async () => {
    await client.releases.create({ releaseId: 'later' });
    await expect(
      client.releases.schedule({ releaseId: 'later', publishAt: '2020-01-01T00:00:00.000Z' }),
    ).rejects.toMatchObject({ statusCode: 400 });
    const publishAt = futureIso(3_600_000);
    await client.releases.schedule({ releaseId: 'later', publishAt });
    expect(await releaseDoc('later')).toMatchObject({ state: 'scheduled', publishAt });
    await expect(client.releases.archive({ releaseId: 'later' })).rejects.toMatchObject({ statusCode: 409 });
    await client.releases.unschedule({ releaseId: 'later' });
    const release = await releaseDoc('later');
    expect(release).toMatchObject({ state: 'active' });
    expect(release?.publishAt).toBeUndefined();
  });

  it('archives (versions removed, final states kept), unarchives (versions back) and deletes', async () => {
    await releaseWith('shelved', [{ publishedId: 'clinic-sacramento', title: 'Shelved title' }]);
    await expect(client.releases.delete({ releaseId: 'shelved' })).rejects.toMatchObject({ statusCode: 409 });
    await client.releases.archive({ releaseId: 'shelved' });
    expect(await client.getDocument('versions.shelved.clinic-sacramento')).toBeUndefined();
    expect(await releaseDoc('shelved')).toMatchObject({
      state: 'archived',
      finalDocumentStates: [{ id: 'versions.shelved.clinic-sacramento' }],
    });
    await client.releases.unarchive({ releaseId: 'shelved' });
    expect(await client.getDocument('versions.shelved.clinic-sacramento')).toMatchObject({
      title: 'Shelved title',
    });
    expect(await releaseDoc('shelved')).toMatchObject({ state: 'active' });
    await client.releases.archive({ releaseId: 'shelved' });
    await client.releases.delete({ releaseId: 'shelved' });
    expect(await releaseDoc('shelved')).toBeUndefined();
  });

  it('answers 404 for a release that does not exist and 400 for a malformed release id', async () => {
    await expect(client.releases.publish({ releaseId: 'nope' })).rejects.toMatchObject({ statusCode: 404 });
    await expect(
      client.action({ actionType: 'sanity.action.release.create', releaseId: 'a.b' } as never),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('release activity', () => {
  it('lists the release events the Studio shows, newest first, derived from the transaction log', async () => {
    await releaseWith('logged', [{ publishedId: 'clinic-sacramento', title: 'Logged' }]);
    await client.releases.schedule({ releaseId: 'logged', publishAt: futureIso(3_600_000) });
    await client.releases.unschedule({ releaseId: 'logged' });
    await client.releases.publish({ releaseId: 'logged' });
    const { events } = await client.request<{ events: { type: string; releaseName: string }[] }>({
      url: '/data/history/production/events/releases/logged',
    });
    expect(events.map((event) => event.type)).toEqual([
      'publishRelease',
      'unscheduleRelease',
      'scheduleRelease',
      'addDocumentToRelease',
      'createRelease',
    ]);
    expect(new Set(events.map((event) => event.releaseName))).toEqual(new Set(['logged']));
  });
});

describe('the schedule', () => {
  it('publishes a scheduled release when its time comes, as the lake itself', async () => {
    await releaseWith('timed', [{ publishedId: 'siteSettings', title: 'On time' }]);
    await client.releases.schedule({ releaseId: 'timed', publishAt: futureIso(1500) });
    expect((await published('siteSettings'))?.title).not.toBe('On time');
    for (let i = 0; i < 40 && (await releaseDoc('timed'))?.state !== 'published'; i++) await sleep(250);
    expect(await releaseDoc('timed')).toMatchObject({ state: 'published' });
    expect((await published('siteSettings'))?.title).toBe('On time');
  });

  it('publishes at start-up a release whose time passed while the lake was stopped', async () => {
    const dataDir = tempDataDir();
    let other = await startLakeProcess({ dataDir });
    const otherClient = lakeClient(other.url, other.token).withConfig({ perspective: 'raw' });
    await otherClient.releases.create({ releaseId: 'overnight' });
    await otherClient.createVersion({
      releaseId: 'overnight',
      publishedId: 'clinic-sacramento',
      document: { _id: 'versions.overnight.clinic-sacramento', _type: 'clinic', name: 'Moved overnight' },
    });
    await otherClient.releases.schedule({ releaseId: 'overnight', publishAt: futureIso(1200) });
    await other.stop();
    await sleep(2000);
    other = await startLakeProcess({ dataDir });
    try {
      const restarted = lakeClient(other.url, other.token);
      expect((await restarted.getDocument('clinic-sacramento'))?.name).toBe('Moved overnight');
      expect(other.logs.join('')).toMatch(/published release "overnight" at start-up/);
    } finally {
      await other.stop();
    }
  });
});

describe('what the Studio asks before offering releases', () => {
  it('lists content releases and scheduled drafts among the features', async () => {
    const features = await client.request<string[]>({ url: '/features' });
    expect(features).toEqual(expect.arrayContaining(['contentReleases', 'singleDocRelease']));
  });

  it('counts the open releases against the limit (fetchReleaseLimits in sanity/src/core/releases)', async () => {
    const before = await client.withConfig({ apiVersion: 'X' }).request<{ data: Record<string, number> }>({
      uri: '/projects/local/new-content-release-allowed',
    });
    await client.releases.create({
      releaseId: 'counted',
      metadata: { title: 'Counted', releaseType: 'asap' },
    });
    await client.releases.create({
      releaseId: 'one-document',
      metadata: { title: 'A scheduled draft', releaseType: 'scheduled', cardinality: 'one' },
    });
    const after = await client.withConfig({ apiVersion: 'X' }).request<{ data: Record<string, number> }>({
      uri: '/projects/local/new-content-release-allowed',
    });
    expect(after.data.orgActiveReleaseCount).toBe(before.data.orgActiveReleaseCount! + 2);
    expect(after.data.orgMeteredActiveReleaseCount).toBe(before.data.orgMeteredActiveReleaseCount! + 1);
    expect(after.data.datasetReleaseLimit).toBeGreaterThan(after.data.orgActiveReleaseCount!);
  });
});
