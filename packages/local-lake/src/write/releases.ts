// Content releases as the Content Lake keeps them (https://www.sanity.io/docs/content-lake/content-release-document-flow,
// the Actions API reference https://www.sanity.io/docs/http-reference/actions, and @sanity/client's `releases`
// methods): a release is a `system.release` document at `_.releases.<name>`; its documents are versions at
// `versions.<name>.<id>`. Each release action changes the release document (and, for publish and archive, its
// versions) inside the request's one transaction, so publishing a release makes every version published at once
// or, when any of them cannot be, none.
import { isVersionId, publishedIdOf, releaseOf, VERSIONS_PREFIX } from '../store/ids.ts';
import { ActionError } from './errors.ts';
import { applyPatch } from './mutations.ts';
import { strengthenOnPublish, strongReferences } from './references.ts';
import { copyAs } from './system-fields.ts';
import type { DraftDocument, WorkingSet } from './working-set.ts';

export const RELEASE_TYPE = 'system.release';
export const RELEASE_ID_PREFIX = '_.releases.';

/** Release states (ReleaseState in @sanity/client); the lake moves between them in one step, so the transient
 * ones (`scheduling`, `publishing`, `archiving`, `unarchiving`) are never stored. */
export type ReleaseState = 'active' | 'scheduled' | 'published' | 'archived';

export type Action = Record<string, unknown> & { actionType?: unknown };
type ActionHandler = (set: WorkingSet, action: Action) => void;

/** `_.releases.<name>` for a release name. */
export function releaseDocumentId(name: string): string {
  return `${RELEASE_ID_PREFIX}${name}`;
}

/** The ids of the versions a release holds now (committed and changed in this transaction). */
export function versionIdsOf(set: WorkingSet, name: string): string[] {
  return set.idsWithPrefix(`${VERSIONS_PREFIX}${name}.`).filter((id) => releaseOf(id) === name);
}

function releaseName(action: Action): string {
  const name = action.releaseId;
  if (typeof name !== 'string' || name === '') throw new ActionError(400, 'Release action needs "releaseId"');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name))
    throw new ActionError(
      400,
      `"releaseId" "${name}" may only contain a-z, A-Z, 0-9, "_" and "-" (at most 64)`,
    );
  return name;
}

function existingRelease(set: WorkingSet, name: string): DraftDocument {
  const release = set.get(releaseDocumentId(name));
  if (!release) throw new ActionError(404, `Release "${name}" does not exist`);
  return release;
}

function requireState(release: DraftDocument, allowed: ReleaseState[], doing: string): void {
  const state = release.state as ReleaseState;
  if (!allowed.includes(state)) {
    throw new ActionError(
      409,
      `Cannot ${doing} release "${String(release.name)}": it is ${state}` +
        (state === 'scheduled' ? '; unschedule it first' : ''),
    );
  }
}

function putRelease(set: WorkingSet, release: DraftDocument, operation: 'create' | 'update'): void {
  set.put(release, operation, operation === 'create' ? { create: release } : { createOrReplace: release });
}

function createRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const id = releaseDocumentId(name);
  if (set.get(id)) throw new ActionError(409, `Release "${name}" already exists`);
  const metadata = action.metadata;
  if (
    metadata !== undefined &&
    (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
  )
    throw new ActionError(400, '"metadata" must be an object');
  putRelease(
    set,
    {
      _id: id,
      _type: RELEASE_TYPE,
      name,
      state: 'active',
      metadata: { releaseType: 'undecided', ...(metadata as Record<string, unknown> | undefined) },
      userId: set.author,
    },
    'create',
  );
}

function editRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const release = existingRelease(set, name);
  requireState(release, ['active', 'scheduled'], 'edit');
  const patch = action.patch;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    throw new ActionError(400, 'Edit release action needs a "patch"');
  let next: DraftDocument;
  try {
    next = applyPatch(release, patch as Record<string, unknown>);
  } catch (error) {
    throw new ActionError(400, (error as Error).message);
  }
  for (const field of ['_id', '_type', 'name', 'state', 'publishAt', 'publishedAt', 'finalDocumentStates']) {
    if (JSON.stringify(next[field]) !== JSON.stringify(release[field]))
      throw new ActionError(400, `Edit release may only change "metadata", not "${field}"`);
  }
  set.put(next, 'update', { patch: { ...(patch as object), id: release._id } });
}

/**
 * Publishes every version of release `name` in this transaction: a version marked `_system.delete` unpublishes its
 * document, any other becomes the published document (references strengthened as a document publish does), and
 * the version is removed. The release becomes `published` with `publishedAt` and `finalDocumentStates` (a scheduled
 * one keeps `publishAt`, so a late publish shows beside the time it was due). Throws
 * ActionError 409 when a published document would hold a strong reference to a document that does not exist.
 */
export function publishRelease(set: WorkingSet, name: string, now: string): string[] {
  const release = existingRelease(set, name);
  requireState(release, ['active', 'scheduled'], 'publish');
  const versionIds = versionIdsOf(set, name);
  for (const versionId of versionIds) {
    const version = set.get(versionId)!;
    const publishedId = publishedIdOf(versionId);
    const published = set.get(publishedId);
    if ((version._system as { delete?: unknown } | undefined)?.delete === true) {
      if (published) set.delete(publishedId);
    } else {
      const { _system: _marker, ...content } = strengthenOnPublish(copyAs(version, publishedId, 'drop'));
      set.put(
        { ...content, _createdAt: published?._createdAt ?? version._createdAt } as DraftDocument,
        published ? 'update' : 'create',
        { createOrReplace: content },
      );
    }
    set.delete(versionId);
  }
  for (const versionId of versionIds) {
    const publishedId = publishedIdOf(versionId);
    const doc = set.get(publishedId);
    if (!doc) continue;
    for (const ref of strongReferences(doc)) {
      const target = set.get(ref);
      if (!target || isVersionId(ref) || ref.startsWith('drafts.')) {
        throw new ActionError(
          409,
          `Release "${name}" cannot be published: "${publishedId}" would reference "${ref}", which is not published`,
        );
      }
    }
  }
  putRelease(
    set,
    {
      ...release,
      state: 'published',
      publishedAt: now,
      finalDocumentStates: versionIds.map((id) => ({ id })),
    },
    'update',
  );
  return versionIds;
}

function publishReleaseAction(set: WorkingSet, action: Action): void {
  publishRelease(set, releaseName(action), new Date().toISOString());
}

function scheduleRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const release = existingRelease(set, name);
  requireState(release, ['active'], 'schedule');
  const publishAt = action.publishAt;
  const time = typeof publishAt === 'string' ? Date.parse(publishAt) : NaN;
  if (Number.isNaN(time))
    throw new ActionError(400, '"publishAt" must be a date and time, e.g. "2026-12-25T07:45:00.000Z"');
  if (time <= Date.now()) throw new ActionError(400, `"publishAt" ${String(publishAt)} is not in the future`);
  putRelease(set, { ...release, state: 'scheduled', publishAt: new Date(time).toISOString() }, 'update');
}

function unscheduleRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const release = existingRelease(set, name);
  requireState(release, ['scheduled'], 'unschedule');
  const { publishAt: _publishAt, ...rest } = release;
  putRelease(set, { ...rest, state: 'active' }, 'update');
}

function archiveRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const release = existingRelease(set, name);
  requireState(release, ['active'], 'archive');
  const versionIds = versionIdsOf(set, name);
  for (const id of versionIds) set.delete(id);
  putRelease(
    set,
    { ...release, state: 'archived', finalDocumentStates: versionIds.map((id) => ({ id })) },
    'update',
  );
}

function unarchiveRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const release = existingRelease(set, name);
  requireState(release, ['archived'], 'unarchive');
  const finals = (release.finalDocumentStates as { id: string }[] | undefined) ?? [];
  for (const { id } of finals) {
    if (set.get(id)) continue;
    const last = set.lastStored(id);
    if (last) set.put(copyAs(last, id, 'keep'), 'create', { create: last });
  }
  const { finalDocumentStates: _finals, ...rest } = release;
  putRelease(set, { ...rest, state: 'active' }, 'update');
}

function deleteRelease(set: WorkingSet, action: Action): void {
  const name = releaseName(action);
  const release = existingRelease(set, name);
  requireState(release, ['archived', 'published'], 'delete');
  set.delete(release._id);
}

/** Marks a version so that publishing its release unpublishes the document (`_system.delete`). */
function unpublishVersion(set: WorkingSet, action: Action): void {
  const versionId = action.versionId;
  const publishedId = action.publishedId;
  if (typeof versionId !== 'string' || !isVersionId(versionId) || releaseOf(versionId) === undefined)
    throw new ActionError(400, '"versionId" must be a version id (versions.<release>.<id>)');
  if (publishedId !== publishedIdOf(versionId))
    throw new ActionError(400, `"versionId" "${versionId}" is not a version of "${String(publishedId)}"`);
  const published = set.get(publishedId);
  if (!published)
    throw new ActionError(409, `Cannot unpublish "${publishedId}" in a release: it is not published`);
  const existing = set.get(versionId);
  const base = existing ?? copyAs(published, versionId, 'drop');
  set.put({ ...base, _system: { delete: true } }, existing ? 'update' : 'create', {
    createOrReplace: { ...base, _system: { delete: true } },
  });
}

export const RELEASE_ACTIONS: ReadonlyArray<[string, ActionHandler]> = [
  ['sanity.action.release.create', createRelease],
  ['sanity.action.release.edit', editRelease],
  ['sanity.action.release.publish', publishReleaseAction],
  ['sanity.action.release.schedule', scheduleRelease],
  ['sanity.action.release.unschedule', unscheduleRelease],
  ['sanity.action.release.archive', archiveRelease],
  ['sanity.action.release.unarchive', unarchiveRelease],
  ['sanity.action.release.delete', deleteRelease],
  ['sanity.action.document.version.unpublish', unpublishVersion],
];
