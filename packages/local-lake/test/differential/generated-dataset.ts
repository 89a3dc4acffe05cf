// Generated datasets for the GROQ differential test: several document types, nested objects, arrays of keyed
// objects, strings and numbers, references (to published documents, drafts-only documents and ids that do not
// exist), drafts, a release version and dotted ids.
import fc from 'fast-check';

export const TYPES = ['article', 'author', 'tag', 'page'] as const;
export const WORDS = ['alpha', 'Beta', 'gamma ray', 'delta', 'Alpha beta', 'epsilon-1', 'zeta', ''] as const;
export const NUMBERS = [-2, 0, 1, 2.5, 3, 10] as const;
export const RELEASE = 'rSpring';

export interface GeneratedDocument extends Record<string, unknown> {
  _id: string;
  _type: string;
}

const word = fc.constantFrom(...WORDS);
const number = fc.constantFrom(...NUMBERS);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** Published ids: plain and dotted (`a.b` is a valid id and also a path prefix for `path("a.*")`). */
function idsArbitrary(): fc.Arbitrary<string[]> {
  return fc
    .uniqueArray(
      fc.oneof(
        fc.integer({ min: 1, max: 40 }).map((n) => `doc-${n}`),
        fc
          .tuple(fc.constantFrom('a', 'x', 'team'), fc.integer({ min: 1, max: 9 }))
          .map(([p, n]) => `${p}.${n}`),
        fc.integer({ min: 1, max: 9 }).map((n) => `a.b.${n}`),
      ),
      { minLength: 6, maxLength: 16 },
    )
    .map((ids) => ids.sort());
}

function body(refTargets: string[]) {
  const reference = fc.constantFrom(...refTargets).map((target) => ({
    _type: 'reference',
    _ref: target,
    // A reference to a document that is not published must be weak in the Content Lake.
    ...(target.startsWith('missing') || target.startsWith('new-') ? { _weak: true } : {}),
  }));
  return fc.record(
    {
      _type: fc.constantFrom(...TYPES),
      title: maybe(word),
      n: maybe(number),
      flag: maybe(fc.boolean()),
      slug: maybe(
        word.map((current) => ({ _type: 'slug', current: current.replace(/\s+/g, '-').toLowerCase() })),
      ),
      obj: maybe(fc.record({ a: maybe(word), b: maybe(fc.record({ c: maybe(number) })) })),
      tags: maybe(fc.array(word, { maxLength: 3 })),
      items: maybe(
        fc.uniqueArray(
          fc.record({
            _key: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
            _type: fc.constant('item'),
            v: number,
            label: maybe(word),
          }),
          { maxLength: 3, selector: (item) => item._key },
        ),
      ),
      ref: maybe(reference),
      refs: maybe(
        fc
          .array(reference, { maxLength: 3 })
          .map((refs) => refs.map((ref, i) => ({ ...ref, _key: `r${i}` }))),
      ),
      _updatedAt: fc.constantFrom('2026-01-05T10:00:00Z', '2026-03-01T08:30:00Z', '2026-06-15T23:59:59Z'),
    },
    { requiredKeys: ['_type', '_updatedAt'] },
  );
}

/** A dataset: published documents, drafts of some, drafts-only documents and one release version. */
export function datasetArbitrary(): fc.Arbitrary<GeneratedDocument[]> {
  return idsArbitrary().chain((ids) => {
    const targets = [...ids, 'new-1', 'missing-1', 'missing.2'];
    const publishedIds = ids;
    return fc
      .record({
        published: fc.tuple(...publishedIds.map(() => body(targets))),
        drafted: fc.subarray(publishedIds),
        draftBodies: fc.array(body(targets), {
          minLength: publishedIds.length,
          maxLength: publishedIds.length,
        }),
        draftOnly: body(targets),
        versioned: fc.constantFrom(...publishedIds),
        versionBody: body(targets),
      })
      .map(({ published, drafted, draftBodies, draftOnly, versioned, versionBody }) => {
        const docs: GeneratedDocument[] = [];
        publishedIds.forEach((id, i) => docs.push(clean({ ...published[i], _id: id }) as GeneratedDocument));
        drafted.forEach((id, i) =>
          docs.push(clean({ ...draftBodies[i], _id: `drafts.${id}` }) as GeneratedDocument),
        );
        docs.push(clean({ ...draftOnly, _id: 'drafts.new-1' }) as GeneratedDocument);
        docs.push(clean({ ...versionBody, _id: `versions.${RELEASE}.${versioned}` }) as GeneratedDocument);
        return docs.map((doc) => ({ ...doc, _createdAt: '2026-01-01T00:00:00Z' }));
      });
  });
}

/** Drops undefined fields, as JSON would. */
function clean(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
