// Encodes the difference between two JSON values as a mendoza patch — the `effects` format of listener events
// and history, which the Studio applies with the `mendoza` package. Objects are diffed field by field
// (recursively); arrays, strings and numbers that changed are replaced whole, which every decoder accepts.
// Opcodes are positions in mendoza's operation table.

const VALUE = 0; // output the literal that follows
const PUSH_FIELD_COPY = 10; // descend into input field #n, output starts as a copy of it
const RETURN_INTO_OBJECT_SAME_KEY_POP = 15; // write the nested output back under the same key, ascend
const OBJECT_SET_FIELD_VALUE = 17; // set output[key] = literal
const OBJECT_DELETE_FIELD = 19; // delete input field #n from the output

export type MendozaPatch = unknown[];

type JsonObject = Record<string, unknown>;

export function mendozaDiff(before: unknown, after: unknown): MendozaPatch {
  if (isPlainObject(before) && isPlainObject(after)) return objectDiff(before, after);
  return [VALUE, after ?? null];
}

/** `{apply, revert}` as listener events and the history API carry them. `_rev` is left out, as Sanity does. */
export function mendozaEffects(
  before: JsonObject | null,
  after: JsonObject | null,
): { apply: MendozaPatch; revert: MendozaPatch } {
  const strippedBefore = withoutRev(before);
  const strippedAfter = withoutRev(after);
  return {
    apply: mendozaDiff(strippedBefore, strippedAfter),
    revert: mendozaDiff(strippedAfter, strippedBefore),
  };
}

function objectDiff(before: JsonObject, after: JsonObject): MendozaPatch {
  const ops: unknown[] = [];
  // Mendoza refers to input fields by their index in the sorted key list.
  const keys = Object.keys(before).sort();
  keys.forEach((key, index) => {
    if (!Object.hasOwn(after, key)) ops.push(OBJECT_DELETE_FIELD, index);
  });
  for (const key of Object.keys(after)) {
    const next = after[key];
    if (!Object.hasOwn(before, key)) {
      ops.push(OBJECT_SET_FIELD_VALUE, next, key);
      continue;
    }
    const previous = before[key];
    if (deepEqual(previous, next)) continue;
    if (isPlainObject(previous) && isPlainObject(next)) {
      ops.push(
        PUSH_FIELD_COPY,
        keys.indexOf(key),
        ...objectDiff(previous, next),
        RETURN_INTO_OBJECT_SAME_KEY_POP,
      );
    } else {
      ops.push(OBJECT_SET_FIELD_VALUE, next, key);
    }
  }
  return ops;
}

function withoutRev(doc: JsonObject | null): JsonObject | null {
  if (!doc) return null;
  const { _rev: _ignored, ...rest } = doc;
  return rest;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => deepEqual(item, other[index]));
  }
  const left = a as JsonObject;
  const right = b as JsonObject;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
}
