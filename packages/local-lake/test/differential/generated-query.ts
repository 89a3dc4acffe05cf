// Generated GROQ queries for the differential test: filters (comparisons, `in`, `match`, `references()`,
// `defined`, `->`, `^` subqueries, boolean combinations), projections with dereferences and functions, `order`,
// slices, `count`, `score` (with `references()`) and `$params`, in the published, drafts, raw and a release perspective.
import fc from 'fast-check';
import { NUMBERS, RELEASE, TYPES, WORDS } from './generated-dataset.ts';

export interface GeneratedQuery {
  query: string;
  params: Record<string, unknown>;
  perspective: 'published' | 'drafts' | 'raw' | typeof RELEASE;
}

const q = (text: string) => JSON.stringify(text);
const type = fc.constantFrom(...TYPES).map(q);
const word = fc.constantFrom(...WORDS).map(q);
const num = fc.constantFrom(...NUMBERS).map(String);
const id = fc
  .constantFrom('doc-1', 'doc-2', 'a.1', 'a.b.1', 'x.2', 'new-1', 'drafts.doc-1', 'missing-1')
  .map(q);
const pattern = fc
  .constantFrom('alpha', 'alp*', 'beta', 'gamma*', 'ray', '*', 'epsilon', 'Alpha Beta')
  .map(q);

const atom: fc.Arbitrary<string> = fc.oneof(
  type.map((t) => `_type == ${t}`),
  fc.tuple(type, type, type).map(([a, b, c]) => `_type in [${a}, ${b}, ${a}, ${c}]`),
  fc.constant('_type in $types'),
  fc.constant('_type == $type'),
  id.map((i) => `_id == ${i}`),
  fc.tuple(id, id).map(([a, b]) => `_id in [${a}, ${b}]`),
  fc.constant('_id in $ids'),
  id.map((i) => `_id > ${i}`),
  fc.constantFrom('"drafts.**"', '"a.*"', '"a.**"', '"versions.**"').map((p) => `_id in path(${p})`),
  fc.tuple(fc.constantFrom('>', '<', '>=', '<=', '==', '!='), num).map(([op, n]) => `n ${op} ${n}`),
  fc.constant('n > $k'),
  fc.tuple(fc.constantFrom('title', 'slug.current', 'obj.a'), word).map(([f, w]) => `${f} == ${w}`),
  num.map((n) => `obj.b.c == ${n}`),
  fc
    .tuple(fc.constantFrom('title', 'obj.a', '[title, obj.a]', 'tags'), pattern)
    .map(([f, p]) => `${f} match ${p}`),
  fc.constant('title match $q'),
  fc.constantFrom('title', 'obj', 'obj.b.c', 'ref', 'tags', 'items', 'flag').map((f) => `defined(${f})`),
  id.map((i) => `references(${i})`),
  fc.constant('references($id)'),
  fc.tuple(id, id).map(([a, b]) => `references([${a}, ${b}])`),
  num.map((n) => `ref->n > ${n}`),
  type.map((t) => `ref->_type == ${t}`),
  fc.constant('defined(ref->title)'),
  fc.constant('count(refs[@->_type == ^._type]) > 0'),
  word.map((w) => `${w} in tags`),
  num.map((n) => `count(items) > ${n}`),
  num.map((n) => `count(items[v > ${n}]) > 0`),
  num.map((n) => `${n} in items[].v`),
  fc.constant('count(*[references(^._id)]) > 0'),
  num.map((n) => `count(*[_type == ^._type && n > ^.n]) > ${n}`),
  // Correlated sub-queries the lake answers by an index lookup per enclosing document.
  fc.constant('count(*[ref._ref == ^._id]) > 0'),
  fc.constant('count(*[^._id == ref._ref && defined(title)]) > 0'),
  fc.constant('count(*[title == ^.title && _id != ^._id]) > 0'),
  fc.constant('count(*[n == (^.n)]) > 1'),
  fc.constant('count(*[slug.current == ^.ref._ref]) > 0'),
  fc.constant('flag'),
  fc.constant('flag == false'),
  word.map((w) => `lower(title) == lower(${w})`),
  word.map((w) => `string::startsWith(coalesce(title, ""), ${w})`),
  num.map((n) => `length(title) > ${n}`),
  num.map((n) => `round(n) == ${n}`),
  num.map((n) => `coalesce(n, obj.b.c, 0) > ${n}`),
  fc.constant('dateTime(_updatedAt) > dateTime("2026-02-01T00:00:00Z")'),
  fc.constant('_originalId == _id'),
);

const condition: fc.Arbitrary<string> = fc.letrec<{ cond: string }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('cond'), tie('cond')).map(([a, b]) => `${a} && ${b}`),
    fc.tuple(tie('cond'), tie('cond')).map(([a, b]) => `(${a} || ${b})`),
    tie('cond').map((a) => `!(${a})`),
  ),
})).cond;

const projection = fc.constantFrom(
  '',
  '{_id, _type, title, n}',
  '{_id, "t": upper(title), "r": ref->{_id, title, n}, "rt": ref->_type}',
  '{_id, "keys": items[]._key, "vs": items[v > 1].v, tags}',
  '{_id, "back": count(*[references(^._id)]), "same": *[_type == ^._type && _id != ^._id] | order(_id asc) [0...2]._id}',
  '{..., "o": obj{a, "c": b.c}}',
  '{_id, "refs": refs[]->title, "refIds": refs[]._ref}',
  '{_id, "pointers": *[ref._ref == ^._id] | order(_id asc)._id, "sets": *[references(^._id)]{_id, "inner": *[ref._ref == ^.^._id]._id}}',
  '{_id, "size": select(n > 3 => "big", n > 0 => "small", "none")}',
  '{_id, "sum": math::sum(items[].v), "u": array::unique(tags), "first": items[0].label}',
  '{_id, _originalId, "drafted": _id in path("drafts.**")}',
  '{_id, "s": string(n), "slug": slug.current, "label": items[_key == "k2"][0].label}',
  '._id',
  '.title',
);

const orderKeys = fc.constantFrom(
  'n asc',
  'title desc',
  'lower(title) asc',
  'ref->n desc',
  'obj.b.c asc',
  '_updatedAt desc',
);
const slice = fc.constantFrom('', '[0...3]', '[1..2]', '[0]', '[-2..-1]', '[2...10]');

const perspective = fc.constantFrom('published', 'drafts', 'raw', RELEASE) as fc.Arbitrary<
  GeneratedQuery['perspective']
>;

const params = fc.record({
  types: fc.subarray([...TYPES]),
  type: fc.constantFrom(...TYPES),
  k: fc.constantFrom(...NUMBERS),
  id: fc.constantFrom('doc-1', 'a.1', 'new-1', 'missing-1'),
  ids: fc.subarray(['doc-1', 'doc-2', 'a.1', 'new-1', 'drafts.doc-1', 'missing-1', 'doc-1']),
  q: fc.constantFrom('alpha', 'gam*', 'beta'),
});

const shape: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(condition, orderKeys, slice, projection)
    .map(([c, o, s, p]) => `*[${c}] | order(${o}, _id asc) ${s} ${p}`),
  fc.tuple(condition, slice, projection).map(([c, s, p]) => `*[${c}] ${s} ${p}`),
  condition.map((c) => `count(*[${c}])`),
  fc.tuple(condition, projection).map(([c, p]) => `*[${c}] | order(_id asc) [0] ${p}`),
  fc
    .tuple(condition, condition)
    .map(([a, b]) => `{"a": count(*[${a}]), "b": *[${b}] | order(_id asc) [0..2]._id}`),
  fc
    .tuple(condition, pattern)
    .map(
      ([c, p]) =>
        `*[${c}] | score(title match ${p}, boost(_type == "article", 2)) | order(_score desc, _id asc) {_id, _score}`,
    ),
  // `references()` of the scanned document inside `score()`, which the lake answers from its reference index.
  fc
    .tuple(condition, id, id, pattern)
    .map(
      ([c, a, b, p]) =>
        `*[${c}] | score(references(${a}), boost(title match ${p} || references([${a}, ${b}]), 3), !references(${b}) && _type == "article") [_score > 0] | order(_score desc, _id asc) {_id, _score}`,
    ),
  pattern.map(
    (p) => `* | score(references($id), (title match ${p})) | order(_score desc, _id asc) {_id, _score}`,
  ),
  condition.map((c) => `array::unique(*[${c}]._type)`),
);

export function queryArbitrary(): fc.Arbitrary<GeneratedQuery> {
  return fc.record({ shape, params, perspective }).map(({ shape: query, params: p, perspective: view }) => ({
    query,
    params: { ...p }, // fast-check records have no prototype; JSON-decoded params do
    perspective: view,
  }));
}
