// Differential test of ranked search (src/groq/ranked-search.ts): `*[...] | score(...)` ranked from the lake's
// indexes must answer exactly what groq-js answers when it scores every document itself (the engine with
// `answerFromIndexes: false`, whose text matches text-match-differential.test.ts holds to groq-js's own `match`).
// The queries are those the Studio's search sends (sanity's `createSearchQuery`: per-field `boost(_type in [...]
// && <path> match text::query($q), <weight>)`, the whole-document `([@, _id] match text::query($q) ||
// references($raw))`, `[_score > 0]`, the `orderings` projection, `order()` and the `[0...$limit]` slice) and
// variations of each part: other orders and projections, slices, exclusions and wildcards, conditions ranked by
// groq-js, plain `match` (left to groq-js), stored `_score` fields, numbers in searched arrays, the drafts
// perspective. LAKE_RANKED_RUNS sets how many (default 300).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { QueryEngine } from '../src/groq/query-engine.ts';
import type { Perspective } from '../src/groq/perspective.ts';
import type { SanityDocument } from '../src/store/types.ts';

const RUNS = Number(process.env.LAKE_RANKED_RUNS ?? 300);
const SEED = Number(process.env.LAKE_RANKED_SEED ?? 20261208);

const WORDS = [
  'ketamine',
  'Ketamína',
  'therapy',
  'bladder',
  'clinic',
  'clínica',
  'dose',
  'nine',
  'σοφία',
  'ΣΟΦΊΑΣ',
];
const TYPES = ['article', 'benefit', 'person'];

const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(' '));

const documentsArb = fc
  .array(
    fc.record({
      type: fc.constantFrom(...TYPES),
      draft: fc.boolean(),
      title: fc.option(sentence, { nil: undefined }),
      body: sentence,
      tags: fc.array(fc.oneof(sentence, fc.integer({ min: 0, max: 12 }).map(String), fc.constant(9)), {
        maxLength: 3,
      }),
      author: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      storedScore: fc.option(fc.constantFrom(0.5, 2, -1), { nil: undefined }),
      // A value compared with `==`, `coalesce()` and `defined()`, of every JSON type.
      language: fc.option(fc.constantFrom<unknown>('en', 'es', 3, true, null, ['en'], { code: 'en' }), {
        nil: undefined,
      }),
    }),
    { minLength: 1, maxLength: 24 },
  )
  .map((records) =>
    records.map((record, index) => {
      const doc: Record<string, unknown> = {
        _id: record.draft ? `drafts.doc-${index % 8}` : `doc-${index}`,
        _type: record.type,
        _rev: 'r',
        _createdAt: '2026-01-01T00:00:00Z',
        _updatedAt: '2026-01-01T00:00:00Z',
        body: record.body,
        tags: record.tags,
      };
      if (record.title !== undefined) doc.title = record.title;
      // Portable Text, as an article's body is: pt::text() reads it.
      doc.content = [
        { _type: 'block', _key: 'a', children: [{ _type: 'span', _key: 's', text: record.body }] },
        { _type: 'image', _key: 'b' },
        { _type: 'block', _key: 'c', children: [{ _type: 'span', _key: 't', text: record.title ?? '' }] },
      ];
      if (record.author !== undefined) doc.author = { _type: 'reference', _ref: `doc-${record.author}` };
      if (record.storedScore !== undefined) doc._score = record.storedScore;
      if (record.language !== undefined) doc.language = record.language;
      return doc as SanityDocument;
    }),
  )
  // Drafts share ids when generated twice: keep the first.
  .map((docs) => docs.filter((doc, index) => docs.findIndex((other) => other._id === doc._id) === index));

const TERMS = [
  'ketamine',
  'ketamina',
  'ket*',
  'cl*',
  'therapy',
  'dose',
  'nine',
  '9',
  'σοφια',
  'σοφιας',
  'σο*',
  'x*a',
];
const searchArb = fc
  .array(fc.tuple(fc.constantFrom('', '', '', '-'), fc.constantFrom(...TERMS)), { maxLength: 3 })
  .map((terms) => terms.map(([sign, term]) => `${sign}${term}`).join(' '));

/** One field's `boost(...)` as the Studio writes it, or a variation. */
const fieldBoostArb = fc
  .record({
    types: fc.subarray(TYPES, { minLength: 1 }),
    path: fc.constantFrom('title', 'body', 'tags', 'author._ref'),
    weight: fc.constantFrom(10, 5, 2, 0.5),
  })
  .map(
    ({ types, path, weight }) =>
      `boost(_type in ${JSON.stringify(types)} && ${path} match text::query($q), ${weight})`,
  );

const extraArgArb = fc.constantFrom(
  'boost(references($refIds), 5)',
  '@ match text::query($q)',
  '[@, _id] match text::query($q)',
  'title match text::query($q)',
  'boost(title match text::query($q) || body match text::query($q), 3)',
  '_type == "benefit"',
  '!(_id in path("drafts.**"))',
  'title match $raw', // a plain `match`: groq-js ranks it
  'defined(author) && tags match text::query($q)',
  'pt::text(content) match text::query($q)',
  'boost(pt::text(content) match text::query($q), 2)',
);

const PIPELINES = [
  // The Studio's own: sort by score.
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] {_type, _id, _originalId, "orderings": [_score]} | order(orderings[0] desc) [0...$limit]`,
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] {_id, _score} | order(_score desc) [0..$limit]`,
  (score: string, filter: string) => `*[${filter}] | score(${score}) {_id, _score}`,
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] {_id} | order(_score desc) [1...3]`,
  // Sorted by something other than the score: every scored document is ordered.
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] {_id, "orderings": [title]} | order(orderings[0] asc) [0...$limit]`,
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) | order(_score asc, _id) [0...$limit] {_id, _score}`,
  // Ordered by the score and the documents' own attributes before any projection, as the site's search is.
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] | order(_score desc, language desc) [1...4] {_id, _score}`,
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] | order(title, _score desc) [0...$limit] {_id, _score}`,
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) | order(author._ref desc, language, _score) [0..$limit] {_id, _score}`,
  (score: string, filter: string) =>
    `*[${filter}] | score(${score}) [_score > 0] | order(_score desc, _createdAt) [-2..-1] {_id, _score}`,
  (score: string, filter: string) => `count(*[${filter}] | score(${score}) [_score > 0])`,
  // The site's shape: how many, and one page of them.
  (score: string, filter: string) =>
    `{"total": count(*[${filter}] | score(${score})), "hits": *[${filter}] | score(${score}) [_score > 0] | order(_score desc, _id) [0...2] {_id, _score}}`,
  (score: string, filter: string) => `*[${filter}] | score(${score}) [_score > 0] [-2..-1] {_id, _score}`,
];

const FILTERS = [
  '_type in $types',
  '_type == "article"',
  '_type in $types && defined(title)',
  '_type in $types && ([@, _id] match text::query($q) || references($raw))',
  'references($refIds)',
  'true',
  // A sub-query reading the scanned document (`^`), as the site's translation gate does.
  '_type in $types && (_type != "benefit" || count(*[_type == "person" && references(^._id)]) == 0)',
  // Comparisons read natively, alone and deciding (or not) a part groq-js evaluates, as the site's search does.
  '_type in $types && coalesce(language, "en") == $lang',
  'defined(author._ref) && language != "es" && !defined(title)',
  '(coalesce(language, "en") == "en" || count(*[_type == "person" && references(^._id)]) > 0) && coalesce(language, "en") == $lang',
  '!(defined(language) && language != true) || count(*[references(^._id)]) == 1',
  'author._ref == "doc-1" || language == ["en"] || language == $lang || language.code == "en"',
  'coalesce(missing, author, language) == null || (3 == language && title match text::query($q))',
];

function engine(documents: SanityDocument[], answerFromIndexes: boolean): QueryEngine {
  return new QueryEngine({ lastSeq: 1, all: () => documents }, { answerFromIndexes });
}

async function answer(
  documents: SanityDocument[],
  query: string,
  params: Record<string, unknown>,
  perspective: Perspective,
  answerFromIndexes: boolean,
): Promise<unknown> {
  try {
    const { result } = await engine(documents, answerFromIndexes).run({
      query,
      params,
      perspective,
      dataset: 'production',
    });
    return result;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('ranked search against groq-js scoring every document', () => {
  it('answers the Studio search and its variations exactly as groq-js does', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentsArb,
        fc.array(fieldBoostArb, { maxLength: 3 }),
        fc.array(extraArgArb, { maxLength: 2 }),
        fc.boolean(),
        fc.constantFrom(...PIPELINES.keys()),
        fc.constantFrom(...FILTERS),
        searchArb,
        fc.subarray(TYPES, { minLength: 1 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<unknown>('en', 'es', 3, true, null),
        fc.constantFrom<Perspective>(
          { kind: 'raw', drafts: true, versions: false },
          { kind: 'stack', bundles: ['drafts'] },
        ),
        async (
          documents,
          boosts,
          extras,
          withBaseMatch,
          pipeline,
          filter,
          search,
          types,
          limit,
          lang,
          perspective,
        ) => {
          const args = [
            ...boosts,
            ...extras,
            ...(withBaseMatch || boosts.length + extras.length === 0
              ? ['([@, _id] match text::query($q) || references($raw))']
              : []),
          ];
          const query = PIPELINES[pipeline]!(args.join(', '), filter);
          const params = {
            q: search,
            raw: search.replace(/\*/g, ''),
            types,
            limit,
            refIds: ['doc-1', 'doc-2'],
            lang,
          };
          const ranked = await answer(documents, query, params, perspective, true);
          const reference = await answer(documents, query, params, perspective, false);
          expect({ query, params, ranked }).toEqual({ query, params, ranked: reference });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('ranks the Studio search over hundreds of documents as groq-js does, past the pruning threshold', async () => {
    const documents = Array.from({ length: 400 }, (_, index) => ({
      _id: `doc-${index}`,
      _type: TYPES[index % 3],
      _rev: 'r',
      _createdAt: '2026-01-01T00:00:00Z',
      _updatedAt: '2026-01-01T00:00:00Z',
      title: `${WORDS[index % WORDS.length]} ${index % 7 === 0 ? 'dose dose' : 'nine'} ${index}`,
      body: WORDS.slice(0, (index % WORDS.length) + 1).join(' '),
      ...(index % 11 === 0 ? { author: { _type: 'reference', _ref: 'doc-2' } } : {}),
    })) as SanityDocument[];
    const query = PIPELINES[0]!(
      'boost(_type in ["article"] && title match text::query($q), 10), ([@, _id] match text::query($q) || references($raw))',
      '_type in $types',
    );
    const perspective: Perspective = { kind: 'stack', bundles: [] };
    for (const q of ['dose', 'ket*', 'nine -dose', 'σοφιας', '12*', 'doc-2']) {
      const params = { q, raw: q, types: ['article', 'benefit'], limit: 21 };
      const ranked = (await answer(documents, query, params, perspective, true)) as Array<{ _id: string }>;
      expect(ranked).toEqual(await answer(documents, query, params, perspective, false));
      expect(ranked.length).toBeGreaterThan(0);
    }
  });
});
