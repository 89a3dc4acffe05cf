// Referential integrity as the Content Lake keeps it (https://www.sanity.io/docs/studio/reference-type): a strong
// reference (any `{_ref}` without `_weak: true`) keeps the document it points to from being deleted. A reference
// picked in the Studio before its target was published carries `_weak: true` and `_strengthenOnPublish`; publishing
// makes it strong unless `_strengthenOnPublish.weak` says the field is weak.
import type { SanityDocument } from '../store/types.ts';
import type { DraftDocument } from './working-set.ts';

type Json = Record<string, unknown>;

function isReference(value: unknown): value is Json & { _ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as Json)._ref === 'string';
}

/** The `_ref` of every strong reference in `value`, at any depth. */
export function strongReferences(value: unknown, into = new Set<string>()): Set<string> {
  if (isReference(value)) {
    if (value._weak !== true) into.add(value._ref);
    return into;
  }
  if (Array.isArray(value)) for (const item of value) strongReferences(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const child of Object.values(value)) strongReferences(child, into);
  return into;
}

/** The document as publishing writes it: `_strengthenOnPublish` markers removed, with `_weak` unless marked weak. */
export function strengthenOnPublish<T>(value: T): T {
  if (isReference(value)) {
    const { _strengthenOnPublish: marker, _weak: weak, ...rest } = value;
    if (marker === undefined) return value;
    const keepWeak = typeof marker === 'object' && marker !== null && (marker as Json).weak === true;
    return (keepWeak ? { ...rest, _weak: weak ?? true } : rest) as T;
  }
  if (Array.isArray(value)) return value.map(strengthenOnPublish) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([field, child]) => [field, strengthenOnPublish(child)]),
  ) as T;
}

/**
 * For each deleted id that some remaining document still references strongly, the ids of those documents, in
 * `deleted` order. `remaining` is every document as it will be after the transaction.
 */
export function blockedDeletes(
  deleted: readonly string[],
  remaining: Iterable<SanityDocument | DraftDocument>,
): Array<{ id: string; referencingIds: string[] }> {
  const targets = new Set(deleted);
  const referencing = new Map<string, string[]>();
  for (const doc of remaining) {
    for (const ref of strongReferences(doc)) {
      if (!targets.has(ref) || ref === doc._id) continue;
      const list = referencing.get(ref);
      if (list) list.push(doc._id);
      else referencing.set(ref, [doc._id]);
    }
  }
  return deleted
    .filter((id) => referencing.has(id))
    .map((id) => ({ id, referencingIds: (referencing.get(id) ?? []).sort() }));
}
