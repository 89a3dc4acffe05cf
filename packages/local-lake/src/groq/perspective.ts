// What a query sees. `raw` sees every stored document; `published` hides drafts and release versions; `drafts`
// (and a stack of release names) overlays those versions on the published documents and reports them under
// their published id, with `_originalId` naming the stored document — as the Content Lake does.
import { isDraftId, isVersionId, publishedIdOf, releaseOf } from '../store/ids.ts';
import type { SanityDocument } from '../store/types.ts';

/** A parsed perspective: 'raw', or the ordered bundles to overlay ('drafts', release names) above published. */
export type Perspective = { kind: 'raw' } | { kind: 'stack'; bundles: string[] };

export class PerspectiveError extends Error {}

export function parsePerspective(value: string | undefined | null): Perspective {
  if (value === undefined || value === null || value === '' || value === 'published') {
    return { kind: 'stack', bundles: [] };
  }
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('raw')) {
    if (names.length > 1)
      throw new PerspectiveError('The raw perspective can not be combined with other perspectives');
    return { kind: 'raw' };
  }
  const bundles: string[] = [];
  for (const name of names) {
    if (name === 'previewDrafts') bundles.push('drafts');
    else if (name === 'published')
      continue; // always the bottom layer
    else if (/^[A-Za-z0-9_-]+$/.test(name)) bundles.push(name);
    else throw new PerspectiveError(`Invalid perspective "${name}"`);
  }
  return { kind: 'stack', bundles };
}

export function perspectiveKey(perspective: Perspective): string {
  return perspective.kind === 'raw' ? 'raw' : ['published', ...perspective.bundles].join(',');
}

/** True when the result can change because of a draft or version write, not only a published one. */
export function seesUnpublished(perspective: Perspective): boolean {
  return perspective.kind === 'raw' || perspective.bundles.length > 0;
}

export interface DatasetView {
  documents: SanityDocument[];
  byId: Map<string, SanityDocument>;
}

export function buildView(all: readonly SanityDocument[], perspective: Perspective): DatasetView {
  if (perspective.kind === 'raw') return indexed([...all]);
  if (perspective.bundles.length === 0)
    return indexed(all.filter((doc) => !isDraftId(doc._id) && !isVersionId(doc._id)));

  // Lower index = higher priority; published documents get the lowest priority.
  const priority = new Map(perspective.bundles.map((bundle, index) => [bundle, index]));
  const chosen = new Map<string, { rank: number; doc: SanityDocument }>();
  for (const doc of all) {
    const bundle = isDraftId(doc._id) ? 'drafts' : releaseOf(doc._id);
    let rank: number;
    if (bundle === undefined) rank = isVersionId(doc._id) ? -1 : perspective.bundles.length;
    else rank = priority.get(bundle) ?? -1;
    if (rank < 0) continue; // a version outside this perspective
    const id = publishedIdOf(doc._id);
    const current = chosen.get(id);
    if (!current || rank < current.rank) chosen.set(id, { rank, doc });
  }
  const documents: SanityDocument[] = [];
  for (const [id, { doc }] of chosen) {
    documents.push(
      doc._id === id ? { ...doc, _originalId: doc._id } : { ...doc, _id: id, _originalId: doc._id },
    );
  }
  return indexed(documents);
}

function indexed(documents: SanityDocument[]): DatasetView {
  return { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) };
}
