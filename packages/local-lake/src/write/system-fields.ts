// The fields the lake itself writes on every commit. A document a client sends, or one copied from another id
// (publish, unpublish, a draft started from the published document), loses them so the commit stamps fresh ones.
import type { DraftDocument } from './working-set.ts';

/**
 * `doc` without `_rev` and `_updatedAt`, and without `_createdAt` too when `createdAt` is `'drop'` (a copy that
 * becomes a new document). Returns a new object; `doc` is not changed.
 */
export function withoutSystemFields<T extends Record<string, unknown>>(
  doc: T,
  createdAt: 'keep' | 'drop' = 'keep',
): Omit<T, '_rev' | '_updatedAt'> {
  const { _rev: _stampedRev, _updatedAt: _stampedUpdatedAt, ...rest } = doc;
  if (createdAt === 'drop') delete (rest as Record<string, unknown>)._createdAt;
  return rest;
}

/** A copy of `source` under another id: what publish, unpublish and a first edit write. */
export function copyAs(source: DraftDocument, id: string, createdAt: 'keep' | 'drop'): DraftDocument {
  return { ...withoutSystemFields(structuredClone(source), createdAt), _id: id } as DraftDocument;
}
