// Generated sequences of release work (add, edit and discard versions, mark one for unpublishing, add one that
// cannot be published, publish, schedule, unschedule, archive, unarchive) run against the lake and against a small
// reference model of the Content Lake's release flow
// (https://www.sanity.io/docs/content-lake/content-release-document-flow). After every step the lake's published
// documents, the release's versions and its state must equal the model's: publishing is all or nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import fc from 'fast-check';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => {
  lake = await startLakeProcess();
  client = lakeClient(lake.url, lake.token).withConfig({ perspective: 'raw' });
});
afterAll(() => lake?.stop());

const DOCS = ['clinic-sacramento', 'siteSettings', 'article-safety', 'article-made-in-release'] as const;
type DocId = (typeof DOCS)[number];
const UNPUBLISH = Symbol('unpublish');
const BROKEN = 'broken-reference';

interface Model {
  name: string;
  state: 'active' | 'scheduled' | 'published' | 'archived';
  /** Title per published document; undefined when not published. */
  published: Map<DocId, string | undefined>;
  /** The release's versions: a title, a broken one, or a mark for unpublishing. */
  versions: Map<DocId, string | typeof UNPUBLISH>;
  archived: Map<DocId, string | typeof UNPUBLISH>;
}

interface Real {
  client: SanityClient;
}

const versionId = (model: Model, doc: DocId) => `versions.${model.name}.${doc}`;
const typeOf = (doc: DocId) =>
  doc === 'clinic-sacramento' ? 'clinic' : doc === 'siteSettings' ? 'siteSettings' : 'article';

class SetVersion implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly doc: DocId,
    readonly title: string,
  ) {}
  check = (m: Readonly<Model>) => m.state === 'active';
  async run(m: Model, r: Real): Promise<void> {
    const id = versionId(m, this.doc);
    const document = {
      _id: id,
      _type: typeOf(this.doc),
      title: this.title,
      ...(this.title === BROKEN ? { author: { _type: 'reference', _ref: 'person-nobody' } } : {}),
    };
    if (m.versions.has(this.doc)) {
      await r.client.action({ actionType: 'sanity.action.document.version.replace', document });
    } else {
      await r.client.action({
        actionType: 'sanity.action.document.version.create',
        publishedId: this.doc,
        document,
      });
    }
    m.versions.set(this.doc, this.title);
    await compare(m, r);
  }
  toString = () => `SetVersion(${this.doc}, ${this.title})`;
}

class DiscardVersion implements fc.AsyncCommand<Model, Real> {
  constructor(readonly doc: DocId) {}
  check = (m: Readonly<Model>) => m.state === 'active' && m.versions.has(this.doc);
  async run(m: Model, r: Real): Promise<void> {
    await r.client.discardVersion({ releaseId: m.name, publishedId: this.doc });
    m.versions.delete(this.doc);
    await compare(m, r);
  }
  toString = () => `DiscardVersion(${this.doc})`;
}

class MarkUnpublish implements fc.AsyncCommand<Model, Real> {
  constructor(readonly doc: DocId) {}
  check = (m: Readonly<Model>) => m.state === 'active' && m.published.get(this.doc) !== undefined;
  async run(m: Model, r: Real): Promise<void> {
    await r.client.unpublishVersion({ releaseId: m.name, publishedId: this.doc });
    m.versions.set(this.doc, UNPUBLISH);
    await compare(m, r);
  }
  toString = () => `MarkUnpublish(${this.doc})`;
}

class Publish implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.state === 'active' || m.state === 'scheduled';
  async run(m: Model, r: Real): Promise<void> {
    const broken = [...m.versions.values()].includes(BROKEN);
    const outcome = await r.client.releases.publish({ releaseId: m.name }).then(
      () => 200,
      (error: { statusCode?: number }) => error.statusCode,
    );
    if (broken) {
      expect(outcome).toBe(409);
    } else {
      expect(outcome).toBe(200);
      for (const [doc, value] of m.versions) m.published.set(doc, value === UNPUBLISH ? undefined : value);
      m.versions.clear();
      m.state = 'published';
    }
    await compare(m, r);
  }
  toString = () => 'Publish';
}

class Schedule implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.state === 'active';
  async run(m: Model, r: Real): Promise<void> {
    await r.client.releases.schedule({
      releaseId: m.name,
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    m.state = 'scheduled';
    await compare(m, r);
  }
  toString = () => 'Schedule';
}

class Unschedule implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.state === 'scheduled';
  async run(m: Model, r: Real): Promise<void> {
    await r.client.releases.unschedule({ releaseId: m.name });
    m.state = 'active';
    await compare(m, r);
  }
  toString = () => 'Unschedule';
}

class Archive implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.state === 'active';
  async run(m: Model, r: Real): Promise<void> {
    await r.client.releases.archive({ releaseId: m.name });
    m.archived = new Map(m.versions);
    m.versions.clear();
    m.state = 'archived';
    await compare(m, r);
  }
  toString = () => 'Archive';
}

class Unarchive implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.state === 'archived';
  async run(m: Model, r: Real): Promise<void> {
    await r.client.releases.unarchive({ releaseId: m.name });
    m.versions = new Map(m.archived);
    m.state = 'active';
    await compare(m, r);
  }
  toString = () => 'Unarchive';
}

async function compare(m: Model, r: Real): Promise<void> {
  const [release, published, versions] = await Promise.all([
    r.client.getDocument(`_.releases.${m.name}`),
    r.client.fetch<{ _id: DocId; title?: string; name?: string }[]>('*[_id in $ids]', { ids: [...DOCS] }),
    r.client.fetch<{ _id: string; title?: string; _system?: { delete?: boolean } }[]>(
      '*[sanity::partOfRelease($name)]',
      { name: m.name },
    ),
  ]);
  expect(release?.state).toBe(m.state);
  const titleOf = (doc: { title?: string; name?: string } | undefined) => doc?.title ?? doc?.name;
  expect(
    Object.fromEntries(DOCS.map((id) => [id, titleOf(published.find((doc) => doc._id === id))])),
  ).toEqual(Object.fromEntries(DOCS.map((id) => [id, m.published.get(id)])));
  const lakeVersions = Object.fromEntries(
    versions.map((doc) => [
      doc._id.split('.').slice(2).join('.'),
      doc._system?.delete ? 'unpublish' : doc.title,
    ]),
  );
  const modelVersions = Object.fromEntries(
    [...m.versions].map(([doc, value]) => [doc, value === UNPUBLISH ? 'unpublish' : value]),
  );
  expect(lakeVersions).toEqual(modelVersions);
}

const doc = fc.constantFrom(...DOCS);
const setVersion = fc
  .tuple(doc, fc.constantFrom('One', 'Two', 'Three', BROKEN))
  .map(([d, t]) => new SetVersion(d, t));
// Versions are written more often than a release changes state, as in the Studio.
const commands = [
  setVersion,
  setVersion,
  setVersion,
  doc.map((d) => new DiscardVersion(d)),
  doc.map((d) => new MarkUnpublish(d)),
  fc.constant(new Publish()),
  fc.constant(new Schedule()),
  fc.constant(new Unschedule()),
  fc.constant(new Archive()),
  fc.constant(new Unarchive()),
];

describe('release sequences against a reference model', () => {
  it('keeps the lake and the model equal after every step, publishing all or nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (cmds) => {
        run += 1;
        const name = `model${run}`;
        await client.releases.create({ releaseId: name });
        const current = await client.fetch<{ _id: DocId; title?: string; name?: string }[]>(
          '*[_id in $ids]',
          {
            ids: [...DOCS],
          },
        );
        const model: Model = {
          name,
          state: 'active',
          published: new Map(
            DOCS.map((id) => {
              const found = current.find((d) => d._id === id);
              return [id, found?.title ?? found?.name];
            }),
          ),
          versions: new Map(),
          archived: new Map(),
        };
        await fc.asyncModelRun(() => ({ model, real: { client } }), cmds);
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});
