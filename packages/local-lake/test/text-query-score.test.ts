// `text::query()` inside `score()`, as Sanity documents it: "match checks whether a field's tokens contain the search
// terms. Used inside *[...] it filters; used inside score(...) it produces a BM25 relevance score", and `text::query`
// parses "phrase, exclusion, and wildcard syntax"
// (https://www.sanity.io/docs/content-lake/search-content-with-groq). The GROQ function reference adds: "For a match
// expression, the number of matches affects the score" (https://www.sanity.io/docs/groq-functions, score()).
// So a ranking query must grade documents by how much of the search they hold, keep documents holding only some
// terms, and drop those holding an excluded term — for whole-document and field matches alike. Run through the
// lake's real query engine over documents built here.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { QueryEngine } from '../src/groq/query-engine.ts';
import type { SanityDocument } from '../src/store/types.ts';

const doc = (_id: string, title: string, body: string): SanityDocument =>
  ({
    _id,
    _type: 'note',
    _rev: 'r',
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-01T00:00:00Z',
    title,
    body,
  }) as SanityDocument;

const documents = [
  doc(
    'often',
    'Ketamine and the bladder',
    'Ketamine used often can harm the bladder. Ketamine bladder damage is rare.',
  ),
  doc('once', 'Bladder health', 'Some people ask about ketamine.'),
  doc('title-only', 'Ketamine', 'Nothing else here.'),
  doc('unrelated', 'Opening hours', 'The clinic opens at nine.'),
];

const engine = new QueryEngine({ lastSeq: 1, all: () => documents });
const run = async (query: string, q: string) =>
  (
    await engine.run({
      query,
      params: { q },
      perspective: { kind: 'raw', drafts: false, versions: false },
      dataset: 'production',
    })
  ).result as Array<{ _id: string; _score: number }>;

const ids = (rows: Array<{ _id: string }>) => rows.map((row) => row._id);

describe('text::query inside score()', () => {
  it('grades whole-document matches by how often and how many of the terms occur, not 1 for every match', async () => {
    const ranked = await run(
      '*[_type == "note"] | score(@ match text::query($q)) [_score > 0] {_id, _score}',
      'ketamine bladder',
    );
    expect(ids(ranked)).toEqual(['often', 'once', 'title-only']);
    expect(ranked[0]!._score).toBeGreaterThan(ranked[1]!._score);
    expect(ranked[1]!._score).toBeGreaterThan(ranked[2]!._score);
  });

  it('keeps a document that holds only some of the terms, which the filter form would drop', async () => {
    const filtered = await run('*[_type == "note" && @ match text::query($q)] {_id}', 'ketamine bladder');
    expect(ids(filtered).sort()).toEqual(['often', 'once']);
    const scored = await run(
      '*[_type == "note"] | score(@ match text::query($q)) [_score > 0] {_id}',
      'ketamine bladder',
    );
    expect(ids(scored)).toContain('title-only');
    expect(ids(scored)).not.toContain('unrelated');
  });

  it('scores a document holding an excluded term 0, for field and whole-document matches', async () => {
    for (const left of ['@', '[title, body]', 'body']) {
      const ranked = await run(
        `*[_type == "note"] | score(${left} match text::query($q)) [_score > 0] {_id}`,
        'ketamine -rare',
      );
      expect({ left, ids: ids(ranked).sort() }).toEqual({
        left,
        ids: ['once', 'title-only'].filter((id) => left !== 'body' || id === 'once'),
      });
    }
  });

  it('ranks a boosted title match above a body-only match', async () => {
    const ranked = await run(
      '*[_type == "note"] | score(boost(title match text::query($q), 3), body match text::query($q)) [_score > 0] {_id}',
      'bladder',
    );
    expect(ids(ranked)[0]).toBe('often');
    expect(ids(ranked)).toEqual(['often', 'once']);
  });

  it('excludes in a field filter too: `title match text::query("ketamine -bladder")`', async () => {
    const filtered = await run(
      '*[_type == "note" && title match text::query($q)] {_id}',
      'ketamine -bladder',
    );
    expect(ids(filtered)).toEqual(['title-only']);
  });

  it('agrees with the filter on which documents score above 0 when every term must be present (one term)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('ketamine', 'bladder', 'clinic', 'ketam*', 'nine', 'absent', 'harm'),
        async (term) => {
          const filtered = await run(
            '*[_type == "note" && @ match text::query($q)] | order(_id) {_id}',
            term,
          );
          const scored = await run(
            '*[_type == "note"] | score(@ match text::query($q)) [_score > 0] | order(_id) {_id}',
            term,
          );
          expect(ids(scored)).toEqual(ids(filtered));
        },
      ),
    );
  });

  it('never fails on any search text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (q) => {
        const ranked = await run(
          '*[_type == "note"] | score(@ match text::query($q), boost(title match text::query($q), 2)) {_id}',
          q,
        );
        expect(ranked).toHaveLength(documents.length);
      }),
      { numRuns: 200 },
    );
  });
});
