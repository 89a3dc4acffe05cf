// Document actions, the Studio's write path (`POST /data/actions`): create, replaceDraft, edit, publish,
// unpublish, discard, delete, the version create/replace/discard/unpublish and the release actions (./releases.ts). Each action becomes
// plain mutations on the working set, so a whole request is still one transaction; the listener and history
// see those mutations, as they do on the Content Lake. Every id an action names is checked as the Actions API
// reference says (https://www.sanity.io/docs/http-reference/actions): a draft or version id is `drafts.<id>` or
// `versions.<release>.<id>` where `<id>` is the action's `publishedId`.
import { DRAFTS_PREFIX, documentIdProblem, isDraftId, isVersionId, publishedIdOf } from '../store/ids.ts';
import { ActionError } from './errors.ts';
import { applyPatch } from './mutations.ts';
import { RELEASE_ACTIONS } from './releases.ts';
import { strengthenOnPublish } from './references.ts';
import { copyAs, withoutSystemFields } from './system-fields.ts';
import type { DraftDocument, WorkingSet } from './working-set.ts';

type Action = Record<string, unknown> & { actionType?: unknown };
type ActionHandler = (set: WorkingSet, action: Action) => void;

export function applyActions(set: WorkingSet, actions: unknown): void {
  if (!Array.isArray(actions) || actions.length === 0)
    throw new ActionError(400, 'Expected a non-empty "actions" array');
  actions.forEach((action: unknown, index) => {
    if (typeof action !== 'object' || action === null)
      throw new ActionError(400, 'An action must be an object');
    const handler = ACTIONS.get(String((action as Action).actionType));
    if (!handler) {
      throw new ActionError(
        400,
        `The local lake does not support the action "${String((action as Action).actionType)}"`,
      );
    }
    set.step = index;
    handler(set, action as Action);
  });
}

// A Map, not an object literal: an `actionType` such as "__proto__" must not find anything.
const ACTIONS = new Map<string, ActionHandler>([
  ['sanity.action.document.create', createDocument],
  ['sanity.action.document.replaceDraft', replaceDraft],
  ['sanity.action.document.edit', editDraft],
  ['sanity.action.document.publish', publishDraft],
  ['sanity.action.document.unpublish', unpublishDocument],
  ['sanity.action.document.discard', discardDraft],
  ['sanity.action.document.delete', deleteDocument],
  ['sanity.action.document.version.create', createVersion],
  ['sanity.action.document.version.replace', replaceVersion],
  ['sanity.action.document.version.discard', discardVersion],
  ...RELEASE_ACTIONS,
]);

function createDocument(set: WorkingSet, action: Action): void {
  const publishedId = publishedIdIn(action);
  const attributes = documentOf(action.attributes, 'attributes', publishedId);
  versionIdOf(attributes._id, 'attributes._id', publishedId);
  if (set.get(attributes._id)) {
    if (action.ifExists === 'ignore') return;
    throw new ActionError(409, `Document "${attributes._id}" already exists`);
  }
  set.put(attributes, 'create', { create: attributes });
}

function replaceDraft(set: WorkingSet, action: Action): void {
  const publishedId = publishedIdIn(action);
  const attributes = documentOf(action.attributes, 'attributes', publishedId);
  versionIdOf(attributes._id, 'attributes._id', publishedId);
  const existing = set.get(attributes._id);
  const doc = existing ? { ...attributes, _createdAt: existing._createdAt } : attributes;
  set.put(doc, existing ? 'update' : 'create', { createOrReplace: attributes });
}

function editDraft(set: WorkingSet, action: Action): void {
  const publishedId = publishedIdIn(action);
  const draftId = versionIdOf(action.draftId, 'draftId', publishedId);
  const patch = action.patch;
  if (typeof patch !== 'object' || patch === null) throw new ActionError(400, 'Edit action needs a "patch"');
  let draft = set.get(draftId);
  if (!draft) {
    // The first edit of a published document starts its draft from the published version.
    const published = set.get(publishedId);
    if (!published)
      throw new ActionError(409, `Cannot edit "${draftId}": neither it nor "${publishedId}" exists`);
    draft = copyAs(published, draftId, 'drop');
    set.put(draft, 'create', { createIfNotExists: draft });
  }
  try {
    set.put(applyPatch(draft, patch as Record<string, unknown>), 'update', {
      patch: { ...patch, id: draftId },
    });
  } catch (error) {
    throw new ActionError(400, (error as Error).message);
  }
}

function publishDraft(set: WorkingSet, action: Action): void {
  const publishedId = publishedIdIn(action);
  const draftId = versionIdOf(action.draftId, 'draftId', publishedId);
  const draft = set.get(draftId);
  if (!draft) throw new ActionError(409, `Cannot publish "${publishedId}": there is no draft "${draftId}"`);
  requireRevision(draft, action.ifDraftRevisionId, `Draft "${draftId}"`);
  const published = set.get(publishedId);
  requireRevision(published, action.ifPublishedRevisionId, `Published document "${publishedId}"`);
  const body = strengthenOnPublish(copyAs(draft, publishedId, 'drop'));
  const next: DraftDocument = { ...body, _createdAt: published?._createdAt ?? draft._createdAt };
  set.put(next, published ? 'update' : 'create', { createOrReplace: body });
  set.delete(draftId);
}

function unpublishDocument(set: WorkingSet, action: Action): void {
  const publishedId = publishedIdIn(action);
  const draftId = versionIdOf(action.draftId, 'draftId', publishedId);
  const published = set.get(publishedId);
  if (!published) throw new ActionError(409, `Cannot unpublish "${publishedId}": it is not published`);
  if (!set.get(draftId)) {
    const draft = copyAs(published, draftId, 'keep');
    set.put(draft, 'create', { createIfNotExists: draft });
  }
  set.delete(publishedId);
}

function discardDraft(set: WorkingSet, action: Action): void {
  const draftId = versionIdOf(action.draftId, 'draftId');
  if (!set.get(draftId)) throw new ActionError(409, `Cannot discard "${draftId}": it does not exist`);
  set.delete(draftId);
}

function deleteDocument(set: WorkingSet, action: Action): void {
  const publishedId = publishedIdIn(action);
  const drafts = Array.isArray(action.includeDrafts)
    ? action.includeDrafts.map((id, index) => versionIdOf(id, `includeDrafts[${index}]`, publishedId))
    : [];
  const ids = [publishedId, `${DRAFTS_PREFIX}${publishedId}`, ...drafts];
  if (!ids.some((id) => set.get(id)))
    throw new ActionError(409, `Cannot delete "${publishedId}": it does not exist`);
  for (const id of new Set(ids)) if (set.get(id)) set.delete(id);
}

function createVersion(set: WorkingSet, action: Action): void {
  const publishedId = action.publishedId === undefined ? undefined : publishedIdIn(action);
  let doc: DraftDocument;
  if (action.document !== undefined) {
    doc = documentOf(action.document, 'document');
    versionIdOf(doc._id, 'document._id', publishedId);
  } else {
    const versionId = versionIdOf(action.versionId, 'versionId', publishedId);
    const baseId = idOf(action.baseId, 'baseId');
    if (publishedIdOf(baseId) !== publishedIdOf(versionId))
      throw new ActionError(400, `"baseId" "${baseId}" is not a version of "${publishedIdOf(versionId)}"`);
    const base = set.get(baseId);
    if (!base) throw new ActionError(409, `Cannot create a version from "${baseId}": it does not exist`);
    requireRevision(base, action.ifBaseRevisionId, `Base document "${baseId}"`);
    doc = copyAs(base, versionId, 'drop');
  }
  if (set.get(doc._id)) throw new ActionError(409, `Document "${doc._id}" already exists`);
  set.put(doc, 'create', { create: doc });
}

function replaceVersion(set: WorkingSet, action: Action): void {
  const doc = documentOf(action.document, 'document');
  versionIdOf(doc._id, 'document._id');
  const existing = set.get(doc._id);
  if (!existing) throw new ActionError(409, `Cannot replace "${doc._id}": it does not exist`);
  set.put({ ...doc, _createdAt: existing._createdAt }, 'update', { createOrReplace: doc });
}

function discardVersion(set: WorkingSet, action: Action): void {
  const versionId = versionIdOf(action.versionId, 'versionId');
  if (!set.get(versionId)) throw new ActionError(409, `Cannot discard "${versionId}": it does not exist`);
  set.delete(versionId);
}

// Shared checks -------------------------------------------------------------------------------------------------

function idOf(value: unknown, name: string): string {
  if (value === undefined || value === '') throw new ActionError(400, `Action needs "${name}"`);
  const problem = documentIdProblem(value);
  if (problem) throw new ActionError(400, `"${name}": ${problem}`);
  return value as string;
}

/** The action's `publishedId`, which must be a published id (no `drafts.` or `versions.` prefix). */
function publishedIdIn(action: Action): string {
  const id = idOf(action.publishedId, 'publishedId');
  if (isDraftId(id) || isVersionId(id))
    throw new ActionError(400, `"publishedId" must be a published document id, got "${id}"`);
  return id;
}

/**
 * A draft or version id (`drafts.<id>` / `versions.<release>.<id>`), whose `<id>` must equal `publishedId` when one
 * is given: the Content Lake refuses to publish `drafts.a` onto `b`.
 */
function versionIdOf(value: unknown, name: string, publishedId?: string): string {
  const id = idOf(value, name);
  if (!isDraftId(id) && !isVersionId(id))
    throw new ActionError(
      400,
      `"${name}" must be a draft or version id (drafts.… or versions.….…), got "${id}"`,
    );
  if (publishedId !== undefined && publishedIdOf(id) !== publishedId) {
    throw new ActionError(
      400,
      `"${name}" "${id}" is not a draft or version of the published id "${publishedId}"`,
    );
  }
  return id;
}

function requireRevision(doc: DraftDocument | null, expected: unknown, label: string): void {
  if (typeof expected === 'string' && expected !== doc?._rev) {
    throw new ActionError(
      409,
      `${label} has changed (revision ${doc?._rev ?? 'none'}, expected ${expected})`,
    );
  }
}

/** A document given in an action; without `_id` it becomes the draft of `publishedId` when there is one. */
function documentOf(value: unknown, name: string, publishedId?: string): DraftDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ActionError(400, `Action needs "${name}"`);
  const doc = value as Record<string, unknown>;
  const id = doc._id ?? (publishedId === undefined ? undefined : `${DRAFTS_PREFIX}${publishedId}`);
  if (id === undefined) throw new ActionError(400, `"${name}" needs an _id`);
  if (typeof doc._type !== 'string' || doc._type === '')
    throw new ActionError(400, `"${name}" needs a _type`);
  return { ...withoutSystemFields(doc), _id: idOf(id, `${name}._id`) } as DraftDocument;
}
