// Differential test of the first matches of a scan (src/groq/first-matches.ts): `*[...][a...b]`, `*[...][n]` and
// `*[...] | order(<attribute paths>)[a...b]` answered from the indexes must equal groq-js itself filtering and
// ordering every document (the raw perspective: the stored documents as they are). The ordered values mix every type a stored value
// has (numbers, strings, booleans, null, objects, arrays, missing), where GROQ orders by type first; the filters
// mix conditions the indexes answer (exactly, when every condition is theirs) with ones groq-js evaluates. LAKE_FIRST_RUNS sets how many (default 300).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluate, parse } from 'groq-js';
import { QueryEngine } from '../src/groq/query-engine.ts';
import type { SanityDocument } from '../src/store/types.ts';

const RUNS = Number(process.env.LAKE_FIRST_RUNS ?? 300);
const SEED = Number(process.env.LAKE_FIRST_SEED ?? 20261208);

const valueArb = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0.5),
  fc.constantFrom('a', 'B', 'b', '', '10', '9', 'é'),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ x: 1 }),
  fc.constant([1, 2]),
  fc.constant(undefined),
);

/** References as GROQ's `references()` reads them: a `_ref` object is not looked into, a non-string `_ref` is none. */
const refArb = fc.constantFrom(
  undefined,
  { _ref: 'doc-01' },
  [{ _key: 'k', _ref: 'doc-01' }],
  { _ref: 'doc-02', inner: { _ref: 'doc-01' } },
  { _ref: 5, inner: { _ref: 'doc-01' } },
  { nested: [{ _ref: 'doc-01', _weak: true }] },
);

const documentsArb = fc
  .array(
    fc.record({ type: fc.constantFrom('a', 'b'), v: valueArb, w: valueArb, nested: valueArb, ref: refArb }),
    {
      minLength: 0,
      maxLength: 40,
    },
  )
  .map((records) =>
    records.map((record, index) => {
      const doc: Record<string, unknown> = {
        _id: `doc-${String(index).padStart(2, '0')}`,
        _type: record.type,
        _rev: 'r',
        _createdAt: '2026-01-01T00:00:00Z',
        _updatedAt: `2026-01-0${(index % 9) + 1}T00:00:00Z`,
      };
      if (record.v !== undefined) doc.v = record.v;
      if (record.w !== undefined) doc.w = record.w;
      if (record.nested !== undefined) doc.obj = { inner: record.nested };
      if (record.ref !== undefined) doc.r = record.ref;
      return doc as SanityDocument;
    }),
  );

const FILTERS = [
  '_type == "a"',
  '_type in ["a", "b"]',
  'defined(v)',
  '_type == "b" && v != 1',
  'true',
  'w > 0',
  'references("doc-01")',
  '_type == "a" && references(["doc-01", "doc-02"])',
  'v == 1',
  'obj.inner == "a"',
  'v.length == 1',
  '_id in ["doc-01", "doc-03"] && _type == "a"',
];
const KEYS = ['v asc', 'v desc', 'w', 'obj.inner desc', '_updatedAt desc', 'v desc, w asc', 'missing asc'];
const CUTS = ['[0...3]', '[0..2]', '[1...5]', '[0]', '[4]', '[0...100]', '[-2..-1]'];

async function lake(documents: SanityDocument[], query: string): Promise<unknown> {
  const engine = new QueryEngine({ lastSeq: 1, all: () => documents });
  const perspective = { kind: 'raw', drafts: true, versions: true } as const;
  return (await engine.run({ query, params: {}, perspective, dataset: 'production' })).result;
}

async function groqJs(documents: SanityDocument[], query: string): Promise<unknown> {
  return (await evaluate(parse(query), { dataset: documents })).get();
}

describe('first matches of a scan against groq-js reading every document', () => {
  it('slice, element and ordered slice agree, whatever the types of the ordered values', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentsArb,
        fc.constantFrom(...FILTERS),
        fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
        fc.constantFrom(...CUTS),
        async (documents, filter, keys, cut) => {
          const query = keys ? `*[${filter}] | order(${keys}) ${cut}._id` : `*[${filter}] ${cut}._id`;
          expect({ query, result: await lake(documents, query) }).toEqual({
            query,
            result: await groqJs(documents, query),
          });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
