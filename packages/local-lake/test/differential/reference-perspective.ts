// The documents a query sees in a perspective, written from Sanity's documentation rather than from the lake's
// code, so the differential test compares the lake with an independent reading of the rules
// (https://www.sanity.io/docs/content-lake/perspectives): `raw` is every document as stored; `published` leaves
// out `drafts.` and `versions.` documents; `drafts` shows each document's draft if it has one, else the published
// one; a release shows its version, else the published one. Overlaid documents take the published `_id` and keep
// the stored id in `_originalId`; published documents carry `_originalId` equal to `_id`.
import type { GeneratedDocument } from './generated-dataset.ts';

export function documentsInPerspective(
  stored: readonly GeneratedDocument[],
  perspective: string,
): GeneratedDocument[] {
  if (perspective === 'raw') return stored.map((doc) => ({ ...doc }));
  const publishedOf = (id: string) =>
    id.startsWith('drafts.')
      ? id.slice(7)
      : id.startsWith('versions.')
        ? id.split('.').slice(2).join('.')
        : id;
  const overlayPrefix =
    perspective === 'drafts' ? 'drafts.' : perspective === 'published' ? null : `versions.${perspective}.`;
  const seen = new Map<string, GeneratedDocument>();
  for (const doc of stored) {
    const isPublished = !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.');
    if (isPublished && !seen.has(doc._id)) seen.set(doc._id, { ...doc, _originalId: doc._id });
  }
  if (overlayPrefix) {
    for (const doc of stored) {
      if (!doc._id.startsWith(overlayPrefix)) continue;
      const id = publishedOf(doc._id);
      seen.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
  }
  return [...seen.values()];
}
