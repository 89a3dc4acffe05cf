// What a query sees. `raw` sees every stored document; `published` hides drafts and release versions; `drafts`
// (and a stack of release names) overlays those versions on the published documents and reports them under
// their published id. In every perspective but raw, `_originalId` names the stored document (equal to `_id` for
// a published one) — as the Content Lake does (https://www.sanity.io/docs/content-lake/perspectives).
import {
  DRAFTS_PREFIX,
  isDraftId,
  isSystemId,
  isVersionId,
  publishedIdOf,
  releaseOf,
  VERSIONS_PREFIX,
} from '../store/ids.ts';
import type { SanityDocument } from '../store/types.ts';

/**
 * A parsed perspective: 'raw' (with what it may show), or the ordered bundles to overlay ('drafts', release
 * names) above published.
 */
export type Perspective = (
  { kind: 'raw'; drafts: boolean; versions: boolean } | { kind: 'stack'; bundles: string[] }
) & {
  /** Set for a reader without a token: system documents (`_.groups.*`) are not theirs to see. */
  hidesSystem?: boolean;
};

export class PerspectiveError extends Error {}

/**
 * The API version from which a query without `perspective` reads `published`; before it the default was `raw`,
 * and raw did not include `versions.` documents
 * (https://www.sanity.io/docs/content-lake/perspectives/changelog, v2025-02-19).
 */
export const PUBLISHED_DEFAULT_SINCE = '2025-02-19';

/** `2025-02-19` from `/v2025-02-19/...`; `v1` answers as the oldest API, `vX` as the newest. */
export function apiVersionOf(pathname: string): string {
  const match = /^\/v(\d{4}-\d{2}-\d{2}|1|X)(?=\/|$)/.exec(pathname);
  if (!match || match[1] === 'X') return '9999-12-31';
  return match[1] === '1' ? '2021-03-25' : (match[1] as string);
}

export interface PerspectiveRequest {
  /** The `perspective` parameter as sent; undefined or '' when absent. */
  value: string | undefined | null;
  /** The request's API version, `YYYY-MM-DD`. */
  apiVersion: string;
  /** Whether the request may read drafts and versions (carries the token). */
  authenticated: boolean;
}

/**
 * The perspective a query request asks for, with the default of its API version. An implied `raw` without the
 * token shows what an anonymous reader may see (no drafts, no versions); an explicit one needs the token (the
 * caller checks `seesUnpublished`). Throws `PerspectiveError` for an unknown or invalid combination.
 */
export function perspectiveFor(request: PerspectiveRequest): Perspective {
  const perspective = requestedPerspective(request);
  return request.authenticated ? perspective : { ...perspective, hidesSystem: true };
}

function requestedPerspective(request: PerspectiveRequest): Perspective {
  const versions = request.apiVersion >= PUBLISHED_DEFAULT_SINCE;
  if (request.value === undefined || request.value === null || request.value === '') {
    if (versions) return { kind: 'stack', bundles: [] };
    return { kind: 'raw', drafts: request.authenticated, versions: false };
  }
  const parsed = parsePerspective(request.value);
  return parsed.kind === 'raw' ? { ...parsed, versions: parsed.versions && versions } : parsed;
}

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
    return { kind: 'raw', drafts: true, versions: true };
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
  const system = perspective.hidesSystem ? '-nosystem' : '';
  if (perspective.kind === 'raw')
    return `raw${perspective.drafts ? '' : '-nodrafts'}${perspective.versions ? '' : '-noversions'}${system}`;
  return ['published', ...perspective.bundles].join(',') + system;
}

/** True when the result can change because of a draft or version write, not only a published one. */
export function seesUnpublished(perspective: Perspective): boolean {
  return perspective.kind === 'raw' ? perspective.drafts : perspective.bundles.length > 0;
}

export interface DatasetView {
  documents: SanityDocument[];
  byId: Map<string, SanityDocument>;
}

// A view's copy of a stored document (`{...stored, _originalId}`) shares every value but `_id` and `_originalId`
// with it. Per-document work that reads only the shared values (the word index) is cached on the stored object,
// which outlives the views rebuilt after each write.
const storedOf = new WeakMap<SanityDocument, SanityDocument>();

/** The stored document a view's document was copied from; the document itself when it is the stored one. */
export function storedDocumentOf(doc: SanityDocument): SanityDocument {
  return storedOf.get(doc) ?? doc;
}

// A stored document's copies by the ids they carry, so that a view rebuilt after a write holds the very objects
// of the one before for every document the write did not touch (the indexes update only what changed). Most
// documents have one copy (the published one's): it is kept as it is; a second makes a map.
const copiesOf = new WeakMap<SanityDocument, SanityDocument | Map<string, SanityDocument>>();

function copyOf(stored: SanityDocument, fields: { _id?: string; _originalId: string }): SanityDocument {
  const id = fields._id ?? stored._id;
  const key = `${id}\u0000${fields._originalId}`;
  const kept = copiesOf.get(stored);
  const found =
    kept instanceof Map
      ? kept.get(key)
      : kept && kept._id === id && kept._originalId === fields._originalId
        ? kept
        : undefined;
  if (found) return found;
  const copy = { ...stored, ...fields };
  storedOf.set(copy, stored);
  if (!kept) copiesOf.set(stored, copy);
  else {
    const copies =
      kept instanceof Map ? kept : new Map([[`${kept._id}\u0000${kept._originalId as string}`, kept]]);
    copies.set(key, copy);
    copiesOf.set(stored, copies);
  }
  return copy;
}

export function buildView(stored: readonly SanityDocument[], perspective: Perspective): DatasetView {
  const all = perspective.hidesSystem ? stored.filter((doc) => !isSystemId(doc._id)) : stored;
  if (perspective.kind === 'raw') {
    const { drafts, versions } = perspective;
    return indexed(
      all.filter((doc) => (drafts || !isDraftId(doc._id)) && ((drafts && versions) || !isVersionId(doc._id))),
    );
  }
  if (perspective.bundles.length === 0) {
    return indexed(
      all
        .filter((doc) => !isDraftId(doc._id) && !isVersionId(doc._id))
        .map((doc) => copyOf(doc, { _originalId: doc._id })),
    );
  }

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
      doc._id === id ? copyOf(doc, { _originalId: doc._id }) : copyOf(doc, { _id: id, _originalId: doc._id }),
    );
  }
  return indexed(documents);
}

/**
 * The view of `perspective` after a write that changed the stored documents `changedIds`, made from `previous`,
 * the view before it, without reading the others: each changed document's entry is chosen again where it stands
 * (an edit keeps a document's place in the store; a new one comes last). `get` reads a stored document. Null when
 * the write deleted a document (the entry may move to another version's place), added more than one entry (their
 * order needs the whole dataset) or touched an id of another form: then `buildView` is the way.
 */
export function updateView(
  previous: DatasetView,
  perspective: Perspective,
  changedIds: readonly string[],
  get: (id: string) => SanityDocument | undefined,
): DatasetView | null {
  for (const id of changedIds) {
    if (!get(id)) return null;
    const published = publishedIdOf(id);
    const release = releaseOf(id);
    if (isDraftId(published) || isVersionId(published) || release === 'drafts') return null;
    if (isVersionId(id) && release === undefined) return null;
  }
  const documents = [...previous.documents];
  const byId = new Map(previous.byId);
  let added = 0;
  const viewIds = new Set(changedIds.map((id) => (perspective.kind === 'raw' ? id : publishedIdOf(id))));
  for (const id of viewIds) {
    const after = perspective.hidesSystem && isSystemId(id) ? undefined : shownAs(id, perspective, get);
    const before = previous.byId.get(id);
    if (after === before) continue;
    if (!after) return null;
    if (before) documents[previous.documents.indexOf(before)] = after;
    else if (++added > 1) return null;
    else documents.push(after);
    byId.set(id, after);
  }
  return { documents, byId };
}

/** The document a view shows under `id` (a stored id in raw, a published id in the others), if any. */
function shownAs(id: string, perspective: Perspective, get: (id: string) => SanityDocument | undefined) {
  if (perspective.kind === 'raw') {
    const doc = get(id);
    const { drafts, versions } = perspective;
    return doc && (drafts || !isDraftId(id)) && ((drafts && versions) || !isVersionId(id)) ? doc : undefined;
  }
  // The bundles in priority order, then the published document.
  for (const bundle of perspective.bundles) {
    const doc = get(bundle === 'drafts' ? `${DRAFTS_PREFIX}${id}` : `${VERSIONS_PREFIX}${bundle}.${id}`);
    if (doc) return copyOf(doc, { _id: id, _originalId: doc._id });
  }
  const published = get(id);
  return published && copyOf(published, { _originalId: id });
}

function indexed(documents: SanityDocument[]): DatasetView {
  return { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) };
}
