// Arbitraries for the resilience test: a sample document with one to three of its fields (at any depth)
// replaced by something an editor, an import or a bad migration could leave behind.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Doc = { _id: string; _type: string; [key: string]: Json };
type PathSegment = string | number;

const BAD_URLS = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://',
  'https://exa mple.org/',
  '//evil.example/path',
  'ftp://example.org/file',
  'file:///etc/passwd',
  'not a url at all',
  'mailto:',
  'tel:',
];

const BAD_PHONES = ['call us now', '911', '+1 (916) ABC-DEFG', '+999999999999999999', '<script>alert(1)</script>', '+1916915921500000', '٩١٦٩١٥٩٢١٥', ''];

const ODD_UNICODE = [
  '\u202eevil.exe\u202c', // right-to-left override
  'zero\u200bwidth\u200djoiner\ufeff',
  '\ud800 lone surrogate \udfff',
  'Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ',
  '👩🏽‍⚕️🧪💉',
  'e\u0301\u0301\u0301\u0301 combining marks',
  '</script><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0000\u0001\u0007 control characters',
  'line\u2028separator\u2029paragraph',
];

/** Fields the Content Lake owns; a write cannot set them, so corrupting them tests nothing. */
const SYSTEM_FIELDS = new Set(['_id', '_type', '_rev', '_createdAt', '_updatedAt']);

/** Every path inside a document except its identity and system fields, parents before children. */
export function pathsOf(value: Json, prefix: PathSegment[] = []): PathSegment[][] {
  const paths: PathSegment[][] = [];
  const entries: [PathSegment, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    if (prefix.length === 0 && SYSTEM_FIELDS.has(key as string)) continue;
    paths.push([...prefix, key], ...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

/** A copy of `doc` with the value at `path` replaced (or removed when `replacement` is undefined). */
export function withValueAt(doc: Doc, path: PathSegment[], replacement: Json | undefined): Doc {
  const copy = structuredClone(doc);
  let parent: Json = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[segment]!;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete (parent as Record<string, Json>)[last as string];
  } else {
    (parent as Record<string | number, Json>)[last] = replacement;
  }
  return copy;
}

function badValue(selfId: string, otherIds: string[]): fc.Arbitrary<Json | undefined> {
  return fc.oneof(
    fc.constant(undefined), // missing
    fc.constant(null),
    fc.oneof(fc.integer(), fc.double(), fc.boolean()), // wrongly typed
    fc.constantFrom<Json>([], {}, [null], { _type: 'block' }, { _type: 'reference' }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer({ min: 10_000, max: 150_000 }).map((length) => 'Ketamine '.repeat(Math.ceil(length / 9)).slice(0, length)),
    fc.constantFrom(...BAD_URLS),
    fc.constantFrom(...BAD_PHONES),
    fc.constantFrom(...ODD_UNICODE),
    fc.constant<Json>({ _type: 'reference', _ref: 'this-document-does-not-exist' }), // dangling
    fc.constant<Json>({ _type: 'reference', _ref: selfId }), // cyclic
    fc.constantFrom<Json>(...otherIds.map((id) => ({ _type: 'reference', _ref: id }))), // wrong target type
  );
}

/** One to three corruptions of a document picked from `samples`. */
export function brokenDocument(samples: Doc[]): fc.Arbitrary<{ original: Doc; broken: Doc; changes: string[] }> {
  const ids = samples.map((doc) => doc._id);
  return fc.constantFrom(...samples).chain((original) => {
    const paths = pathsOf(original);
    const corruption = fc.tuple(fc.nat({ max: paths.length - 1 }), badValue(original._id, ids));
    return fc.array(corruption, { minLength: 1, maxLength: 3 }).map((corruptions) => {
      let broken = original;
      const changes: string[] = [];
      for (const [index, value] of corruptions) {
        const available = pathsOf(broken);
        if (available.length === 0) break;
        const path = available[index % available.length]!;
        broken = withValueAt(broken, path, value);
        const shown = value === undefined ? '(removed)' : JSON.stringify(value).slice(0, 60);
        changes.push(`${path.join('.')} = ${shown}`);
      }
      // fast-check prints this on failure instead of two whole documents.
      return { original, broken, changes, [fc.toStringMethod]: () => `${original._id}: ${changes.join('; ')}` };
    });
  });
}
