// `autoGenerateArrayKeys=true` on /data/mutate: every object in an array gets a `_key` unique within that array,
// so the Studio can address it (https://www.sanity.io/docs/http-reference/mutate, query parameters).
import { randomBytes } from 'node:crypto';

/** 12 random hex digits, the length and alphabet the Studio uses for the keys it makes. */
function newKey(): string {
  return randomBytes(6).toString('hex');
}

/** `value` with a `_key` added to every array item that is an object without a string `_key`, at any depth. */
export function withArrayKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    const taken = new Set(value.map((item) => (isObject(item) ? item._key : undefined)));
    return value.map((item) => {
      const keyed = withArrayKeys(item);
      if (!isObject(keyed) || typeof keyed._key === 'string') return keyed;
      let key = newKey();
      while (taken.has(key)) key = newKey();
      taken.add(key);
      return { _key: key, ...keyed };
    });
  }
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([field, child]) => [field, withArrayKeys(child)]));
}

/**
 * The mutations with keys added to the values they write: created documents, `set`/`setIfMissing` values and
 * inserted items. Paths, queries and everything else pass through untouched.
 */
export function mutationsWithArrayKeys(mutations: unknown): unknown {
  if (!Array.isArray(mutations)) return mutations;
  return mutations.map((mutation) => {
    if (!isObject(mutation)) return mutation;
    return Object.fromEntries(
      Object.entries(mutation).map(([kind, body]) => [
        kind,
        kind === 'patch' ? patchWithKeys(body) : withArrayKeys(body),
      ]),
    );
  });
}

function patchWithKeys(patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...patch };
  for (const operation of ['set', 'setIfMissing'] as const) {
    if (isObject(patch[operation])) out[operation] = withArrayKeys(patch[operation]);
  }
  if (isObject(patch.insert) && Array.isArray(patch.insert.items)) {
    out.insert = { ...patch.insert, items: withArrayKeys(patch.insert.items) };
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
