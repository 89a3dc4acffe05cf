// Differential test of `match` and `text::query()` against groq-js, in every position GROQ allows them: a filter,
// a projected value, `select()`, an array filter inside a projection, `&&`/`||`/`!`, `score()` and `boost()`
// inside it. groq-js runs `match` itself but cannot run `text::query()`, so for a field the reference is the
// equivalent plain GROQ, run over the documents and terms folded (a text search ignores accents and case), that
// Sanity documents (https://www.sanity.io/docs/content-lake/search-content-with-groq:
// the terms must all match, `word*` matches a prefix, `-word` excludes): `<field> match "<terms>" &&
// !(<field> match "<excluded>")`. A whole-document match (`@ match text::query(...)`) has no GROQ equivalent; its
// reference is that rule applied here to every string of the document, accents ignored. The lake's real query
// engine runs the generated queries over generated documents; LAKE_TEXT_RUNS sets how many (default 300).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluate, parse } from 'groq-js';
import { QueryEngine } from '../src/groq/query-engine.ts';
import { foldText } from '../src/groq/text-index.ts';
import type { SanityDocument } from '../src/store/types.ts';

const RUNS = Number(process.env.LAKE_TEXT_RUNS ?? 300);
const SEED = Number(process.env.LAKE_TEXT_SEED ?? 20261207);

const WORDS = [
  'ketamine',
  'Ketamina',
  'ketamína',
  'therapy',
  'terapia',
  'bladder',
  'clinic',
  'clínica',
  'dose',
  'safety',
  'side-effects',
  'nine',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 5 })
  .map((words) => words.join(' '));

const documentArb = fc
  .array(fc.record({ title: sentence, body: sentence, tags: fc.array(sentence, { maxLength: 2 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((records) =>
    records.map(
      (record, index) =>
        ({
          _id: `doc-${index}`,
          _type: 'note',
          _rev: 'r',
          _createdAt: '2026-01-01T00:00:00Z',
          _updatedAt: '2026-01-01T00:00:00Z',
          ...record,
          items: record.tags.map((text, key) => ({ _key: `k${key}`, text })),
        }) as SanityDocument,
    ),
  );

/** A search term as typed: a word (accented ones too), a prefix with `*`; lower case, as groq-js folds case. */
const term = fc.oneof(
  fc.constantFrom(
    'ketamine',
    'therapy',
    'bladder',
    'clinic',
    'dose',
    'safety',
    'nine',
    'side',
    'clínica',
    'ketamína',
  ),
  fc.constantFrom('ket*', 'ther*', 'cli*', 'sa*', 'do*'),
);
const patternArb = fc.record({
  include: fc.array(term, { minLength: 1, maxLength: 3 }),
  exclude: fc.array(term, { maxLength: 1 }),
});

const LEFTS = ['title', 'body', 'tags', '[title, body]'];

interface Pair {
  lake: string;
  reference: string;
}

/** `left match text::query(P)` for the lake; the documented equivalent for groq-js. */
function textQuery(left: string, include: string[], exclude: string[]): Pair {
  const typed = [...include, ...exclude.map((word) => `-${word}`)].join(' ');
  const excluded = exclude.map((word) => ` && !(${left} match ${JSON.stringify(word)})`).join('');
  return {
    lake: `${left} match text::query(${JSON.stringify(typed)})`,
    // Parenthesised only when there is an exclusion: groq-js scores a group as a plain boolean.
    reference: excluded
      ? `(${left} match ${JSON.stringify(include.join(' '))}${excluded})`
      : `${left} match ${JSON.stringify(include.join(' '))}`,
  };
}

/** A plain `match`: the lake must answer exactly as groq-js does. */
function plainMatch(left: string, include: string[]): Pair {
  const same = `${left} match ${JSON.stringify(include.join(' '))}`;
  return { lake: same, reference: same };
}

/** Every position a boolean may take in a query. */
const POSITIONS: Array<(m: Pair) => Pair> = [
  (m) => ({ lake: `*[${m.lake}]._id`, reference: `*[${m.reference}]._id` }),
  (m) => ({
    lake: `*[!(${m.lake}) || _id == "doc-0"]._id`,
    reference: `*[!(${m.reference}) || _id == "doc-0"]._id`,
  }),
  (m) => ({
    lake: `*[_type == "note"]{_id, "hit": ${m.lake}}`,
    reference: `*[_type == "note"]{_id, "hit": ${m.reference}}`,
  }),
  (m) => ({
    lake: `*{_id, "s": select(${m.lake} => "yes", "no")}`,
    reference: `*{_id, "s": select(${m.reference} => "yes", "no")}`,
  }),
  (m) => ({
    lake: `*{_id, "items": items[${m.lake.replace(/^\[title, body\]|^title|^body|^tags/, 'text')}]._key}`,
    reference: `*{_id, "items": items[${m.reference.replace(/(^\(?)(\[title, body\]|title|body|tags)/, '$1text').replaceAll(/!\((\[title, body\]|title|body|tags) match/g, '!(text match')}]._key}`,
  }),
  (m) => ({
    lake: `count(*[${m.lake} && _type == "note"])`,
    reference: `count(*[${m.reference} && _type == "note"])`,
  }),
];

const SCORED: Array<(m: Pair) => Pair> = [
  (m) => ({
    lake: `*[_type == "note"] | score(${m.lake}) | order(_score desc, _id) {_id, _score}`,
    reference: `*[_type == "note"] | score(${m.reference}) | order(_score desc, _id) {_id, _score}`,
  }),
  (m) => ({
    lake: `*[_type == "note"] | score(boost(${m.lake}, 3), _id == "doc-1") | order(_score desc, _id) {_id, _score}`,
    reference: `*[_type == "note"] | score(boost(${m.reference}, 3), _id == "doc-1") | order(_score desc, _id) {_id, _score}`,
  }),
  (m) => ({
    lake: `*[_type == "note"] | score(_type == "note" && ${m.lake}) [_score > 0]._id`,
    reference: `*[_type == "note"] | score(_type == "note" && ${m.reference}) [_score > 0]._id`,
  }),
];

async function lakeAnswer(documents: SanityDocument[], query: string): Promise<unknown> {
  const engine = new QueryEngine({ lastSeq: 1, all: () => documents });
  const answer = await engine.run({
    query,
    params: {},
    perspective: { kind: 'raw', drafts: false, versions: false },
    dataset: 'production',
  });
  return answer.result;
}

/** The document with every string value folded (lower case, accents removed), keys and ids unchanged. */
function foldStrings<T>(value: T): T {
  if (typeof value === 'string') return foldText(value) as T;
  if (Array.isArray(value)) return value.map(foldStrings) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, foldStrings(child)])) as T;
  }
  return value;
}

async function groqJs(documents: SanityDocument[], query: string): Promise<unknown> {
  return (await evaluate(parse(query), { dataset: documents })).get();
}

describe('match and text::query against groq-js', () => {
  it('agree in every position (filter, projection, select, array filter, count)', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentArb,
        fc.constantFrom(...LEFTS),
        patternArb,
        fc.constantFrom(...POSITIONS.keys()),
        fc.boolean(),
        async (documents, left, pattern, position, viaText) => {
          const pair = viaText
            ? textQuery(left, pattern.include, pattern.exclude)
            : plainMatch(left, pattern.include);
          const query = POSITIONS[position]!(pair);
          // A text search ignores accents and case in a field as in a whole document: its reference is groq-js's
          // `match` over the same documents and terms with both folded.
          const reference = viaText
            ? await groqJs(documents.map(foldStrings), foldText(query.reference))
            : await groqJs(documents, query.reference);
          expect(await lakeAnswer(documents, query.lake)).toEqual(reference);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('agree inside score() and boost()', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentArb,
        fc.constantFrom('title', 'body'),
        fc.array(term, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...SCORED.keys()),
        fc.boolean(),
        async (documents, left, include, position, viaText) => {
          const pair = viaText ? textQuery(left, include, []) : plainMatch(left, include);
          const query = SCORED[position]!(pair);
          // Ranking ignores accents and case as matching does: one search finds and ranks the same documents.
          const reference = viaText
            ? await groqJs(documents.map(foldStrings), foldText(query.reference))
            : await groqJs(documents, query.reference);
          expect(await lakeAnswer(documents, query.lake)).toEqual(reference);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a whole-document match finds the documents whose strings hold every term, accents ignored', async () => {
    const fold = (text: string) =>
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}+/gu, '');
    const tokens = (doc: SanityDocument) =>
      fold([doc._id, doc.title, doc.body, ...(doc.tags as string[])].join(' ')).split(/[^\p{L}\p{N}]+/u);
    const hit = (typed: string, token: string, word = fold(typed)) =>
      word.endsWith('*') ? token.startsWith(word.slice(0, -1)) : token === word;
    // Up to 6 documents, or 70 to 150 (past the 64 ids a filter lists, where each document is looked up instead).
    const manyDocuments = fc.oneof(
      documentArb,
      fc.tuple(documentArb, fc.integer({ min: 70, max: 150 })).map(([docs, count]) =>
        Array.from({ length: count }, (_, index) => ({
          ...(docs[index % docs.length] as SanityDocument),
          _id: `doc-${index}`,
        })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(manyDocuments, patternArb, async (documents, { include, exclude }) => {
        const typed = [...include, ...exclude.map((word) => `-${word}`)].join(' ');
        const expected = documents
          .filter((doc) => include.every((word) => tokens(doc).some((token) => hit(word, token))))
          .filter((doc) => !exclude.some((word) => tokens(doc).some((token) => hit(word, token))))
          .map((doc) => doc._id);
        const found = await lakeAnswer(documents, `*[@ match text::query(${JSON.stringify(typed)})]._id`);
        expect(found).toEqual(expected);
        const projected = await lakeAnswer(
          documents,
          `*{"hit": [@, _id] match text::query(${JSON.stringify(typed)})}.hit`,
        );
        expect(projected).toEqual(documents.map((doc) => expected.includes(doc._id)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
