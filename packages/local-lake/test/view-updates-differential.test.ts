// Differential test of the views and indexes a query worker updates after each write (perspective.ts
// `updateView`, the word index's and document index's updates) against the same built anew from every document.
// Generated sequences of commits create, edit and delete published documents, drafts and release versions, one
// or several per commit, as the Studio and imports do; after each commit (or a few, so changes pile up) queries
// of every kind the indexes answer run in every perspective on a worker's document mirror with one long-lived
// engine, and on a fresh engine over the same documents. LAKE_VIEW_RUNS sets how many sequences (default 150).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DocumentMirror } from '../src/groq/document-mirror.ts';
import type { Perspective } from '../src/groq/perspective.ts';
import { QueryEngine } from '../src/groq/query-engine.ts';
import type { SanityDocument } from '../src/store/types.ts';

const RUNS = Number(process.env.LAKE_VIEW_RUNS ?? 150);
const SEED = Number(process.env.LAKE_VIEW_SEED ?? 20261208);

const ID_FORMS = [
  (n: number) => `doc-${n}`,
  (n: number) => `drafts.doc-${n}`,
  (n: number) => `versions.rA.doc-${n}`,
  (n: number) => `versions.rB.doc-${n}`,
];
const WORDS = ['ketamine', 'Ketamína', 'dose', 'bladder', 'nine', 'clinic'];

const changeArb = fc.record({
  form: fc.integer({ min: 0, max: ID_FORMS.length - 1 }),
  n: fc.integer({ min: 0, max: 5 }),
  deleted: fc.boolean(),
  type: fc.constantFrom('article', 'benefit'),
  title: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((words) => words.join(' ')),
  ref: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});

/** Commits of 1–3 changes, each followed by queries or not. */
const commitsArb = fc.array(
  fc.record({ changes: fc.array(changeArb, { minLength: 1, maxLength: 3 }), query: fc.boolean() }),
  { minLength: 1, maxLength: 12 },
);

interface Change {
  form: number;
  n: number;
  deleted: boolean;
  type: string;
  title: string;
  ref?: number;
}

/** A change as a commit carries it: the id and the document after it (null: deleted). */
function documentOf(change: Change): { id: string; after: SanityDocument | null } {
  const id = ID_FORMS[change.form]!(change.n);
  const doc: Record<string, unknown> = {
    _id: id,
    _type: change.type,
    _rev: 'r',
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-01T00:00:00Z',
    title: change.title,
    slug: { _type: 'slug', current: `s-${change.n}` },
    // Portable Text, as an article's body is, with the title's words in another order: pt::text() reads it.
    body: [
      {
        _type: 'block',
        _key: 'b',
        children: [{ _type: 'span', _key: 's', text: change.title.split(' ').reverse().join(' ') }],
      },
    ],
  };
  if (change.ref !== undefined) doc.author = { _type: 'reference', _ref: `doc-${change.ref}` };
  return { id, after: change.deleted ? null : (doc as SanityDocument) };
}

const QUERIES = [
  '*{_id, _originalId, title}',
  '*[_type == "article"]._id',
  '*[@ match text::query("ket*")]._id',
  '*[[@, _id] match text::query("dose -nine")]._id',
  '*[title match text::query("ketamina")]._id',
  '*[references("doc-1")]._id',
  '*[slug.current == "s-2"]._id',
  '*[_type in ["article", "benefit"]] | score(boost(_type in ["article"] && title match text::query("dose ket*"), 10), ([@, _id] match text::query("dose ket*") || references("doc-2"))) [_score > 0] {_id, "orderings": [_score]} | order(orderings[0] desc) [0...4]',
  // A filter groq-js evaluates, reading other documents: its results are kept with the view until a write.
  '*[_type == "article" && (count(*[references(^._id)]) > 0 || !defined(author))] | score(title match text::query("ket*")) [_score > 0] {_id, _score}',
  '*[_type in ["article", "benefit"] && count(*[_type == "benefit" && title == ^.title]) > 1] | order(_id) [0...3] {_id}',
  // The site's search: an expression's words ranked from their own index.
  '*[_type == "article" && defined(slug.current)] | score(boost(title match text::query("dose ket*"), 3), pt::text(body) match text::query("dose -nine ket*")) [_score > 0] {_id, _score} | order(_score desc) [0...4]',
];

const PERSPECTIVES: Perspective[] = [
  { kind: 'raw', drafts: true, versions: true },
  { kind: 'raw', drafts: false, versions: false },
  { kind: 'stack', bundles: [] },
  { kind: 'stack', bundles: ['drafts'] },
  { kind: 'stack', bundles: ['rA', 'drafts'] },
];

async function answers(engine: QueryEngine): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const perspective of PERSPECTIVES) {
    for (const query of QUERIES) {
      out.push((await engine.run({ query, params: {}, perspective, dataset: 'production' })).result);
    }
  }
  return out;
}

describe('views and indexes updated after each write', () => {
  it('answer every query as views built anew from every document do', async () => {
    await fc.assert(
      fc.asyncProperty(commitsArb, async (commits) => {
        const mirror = new DocumentMirror();
        mirror.load(1, []);
        const engine = new QueryEngine(mirror);
        let seq = 1;
        for (const commit of commits) {
          // One change per id and commit, as a transaction stores it.
          const changes = new Map(commit.changes.map(documentOf).map((c) => [c.id, c]));
          mirror.apply(
            ++seq,
            [...changes.values()].filter((c) => c.after || mirror.get(c.id)),
          );
          if (!commit.query) continue;
          const fresh = new QueryEngine({ lastSeq: seq, all: () => mirror.all() });
          expect(await answers(engine)).toEqual(await answers(fresh));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
