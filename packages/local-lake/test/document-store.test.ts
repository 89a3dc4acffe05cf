// The document store keeps each document's JSON text in memory (src/store/document-store.ts). These generated
// commit sequences hold its reads to a plain model of the documents: what `get` returns, the order of `ids()` (an
// edit keeps a document's place, a new one comes last, as the query workers' order depends on it), the documents
// of a type as types change, the same answers from a store reopened on the same database, and `mentioning(id)`
// finding every document that refers to `id`, which is all the delete check reads (write/commit.ts).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { openDatabase } from '../src/store/database.ts';
import { DocumentStore } from '../src/store/document-store.ts';
import type { SanityDocument } from '../src/store/types.ts';
import { strongReferences } from '../src/write/references.ts';
import { tempDataDir } from './helpers/lake-process.ts';

const STAMP = { _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z' };
const IDS = ['a', 'b', 'drafts.a', 'versions.r1.b', 'c"quoted', 'é-accent'];
const TYPES = ['article', 'clinic', 'system.release'];

/** A field value that may hold references (strong or weak) to any of IDS, at any depth, or text naming them. */
const fieldValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...IDS, 'plain text', 42, true, null),
    fc.record({ _ref: fc.constantFrom(...IDS), _weak: fc.boolean() }, { requiredKeys: ['_ref'] }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('x', 'y', 'z'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const step = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    id: fc.constantFrom(...IDS),
    type: fc.constantFrom(...TYPES),
    body: fieldValue,
  }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...IDS) }),
);

describe('DocumentStore', () => {
  it('reads back what was committed, in the model order, by type, after reopening, and finds every referrer', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const db = openDatabase(tempDataDir());
        try {
          const store = new DocumentStore(db);
          const model = new Map<string, SanityDocument>();
          steps.forEach((change, index) => {
            const before = model.get(change.id) ?? null;
            if (change.kind === 'delete' && !before) return;
            const after: SanityDocument | null =
              change.kind === 'put'
                ? { _id: change.id, _type: change.type, _rev: `r${index}`, ...STAMP, body: change.body }
                : null;
            store.commit(() => ({
              id: `tx${index}`,
              timestamp: new Date(0).toISOString(),
              author: 'test',
              changes: [{ id: change.id, before, after }],
              mutations: [],
            }));
            if (after) model.set(change.id, after);
            else model.delete(change.id);
          });
          expect([...store.ids()]).toEqual([...model.keys()]);
          for (const reading of [store, new DocumentStore(db)]) {
            expect(new Set(reading.ids())).toEqual(new Set(model.keys()));
            for (const id of IDS) expect(reading.get(id)).toEqual(model.get(id));
            for (const type of TYPES)
              expect(
                reading
                  .ofType(type)
                  .map((doc) => doc._id)
                  .sort(),
              ).toEqual(
                [...model.values()]
                  .filter((doc) => doc._type === type)
                  .map((doc) => doc._id)
                  .sort(),
              );
            for (const id of IDS) {
              const found = new Set(reading.mentioning(id).map((doc) => doc._id));
              for (const doc of model.values())
                if (strongReferences(doc).has(id)) expect(found).toContain(doc._id);
            }
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('hands out copies: changing a document read from the store does not change the store', () => {
    const db = openDatabase(tempDataDir());
    const store = new DocumentStore(db);
    const doc: SanityDocument = { _id: 'a', _type: 'article', _rev: 'r1', ...STAMP, title: 'Kept' };
    store.commit(() => ({
      id: 'tx1',
      timestamp: new Date(0).toISOString(),
      author: 'test',
      changes: [{ id: 'a', before: null, after: doc }],
      mutations: [],
    }));
    (store.get('a') as SanityDocument).title = 'Changed';
    expect(store.get('a')).toEqual(doc);
    db.close();
  });
});
