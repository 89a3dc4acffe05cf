// Document actions, the Studio's write path (`POST /data/actions`): create, replaceDraft, edit, publish,
// unpublish, discard, delete, and the version create/replace/discard used with releases. Each action becomes
// plain mutations on the working set, so a whole request is still one transaction; the listener and history
// see those mutations, as they do on the Content Lake.
import { ActionError } from './errors.ts';
import { applyPatch } from './mutations.ts';
import type { DraftDocument, WorkingSet } from './working-set.ts';

type Action = Record<string, unknown> & { actionType?: unknown };

export function applyActions(set: WorkingSet, actions: unknown): void {
  if (!Array.isArray(actions) || actions.length === 0)
    throw new ActionError(400, 'Expected a non-empty "actions" array');
  for (const action of actions) {
    if (typeof action !== 'object' || action === null)
      throw new ActionError(400, 'An action must be an object');
    applyAction(set, action as Action);
  }
}

function applyAction(set: WorkingSet, action: Action): void {
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const attributes = documentOf(action.attributes, 'attributes');
      if (set.get(attributes._id)) {
        if (action.ifExists === 'ignore') return;
        throw new ActionError(409, `Document "${attributes._id}" already exists`);
      }
      set.put(attributes, 'create', { create: attributes });
      return;
    }
    case 'sanity.action.document.replaceDraft': {
      const attributes = documentOf(action.attributes, 'attributes');
      const existing = set.get(attributes._id);
      const doc = existing ? { ...attributes, _createdAt: existing._createdAt } : attributes;
      set.put(doc, existing ? 'update' : 'create', { createOrReplace: attributes });
      return;
    }
    case 'sanity.action.document.edit': {
      const draftId = idOf(action.draftId, 'draftId');
      const publishedId = idOf(action.publishedId, 'publishedId');
      const patch = action.patch;
      if (typeof patch !== 'object' || patch === null)
        throw new ActionError(400, 'Edit action needs a "patch"');
      let draft = set.get(draftId);
      if (!draft) {
        // The first edit of a published document starts its draft from the published version.
        const published = set.get(publishedId);
        if (!published)
          throw new ActionError(409, `Cannot edit "${draftId}": neither it nor "${publishedId}" exists`);
        const { _rev: _r, _createdAt: _c, _updatedAt: _u, ...body } = structuredClone(published);
        draft = { ...body, _id: draftId };
        set.put(draft, 'create', { createIfNotExists: draft });
      }
      try {
        set.put(applyPatch(draft, patch as Record<string, unknown>), 'update', {
          patch: { ...patch, id: draftId },
        });
      } catch (error) {
        throw new ActionError(400, (error as Error).message);
      }
      return;
    }
    case 'sanity.action.document.publish': {
      const draftId = idOf(action.draftId, 'draftId');
      const publishedId = idOf(action.publishedId, 'publishedId');
      const draft = set.get(draftId);
      if (!draft)
        throw new ActionError(409, `Cannot publish "${publishedId}": there is no draft "${draftId}"`);
      if (typeof action.ifDraftRevisionId === 'string' && action.ifDraftRevisionId !== draft._rev) {
        throw new ActionError(
          409,
          `Draft "${draftId}" has changed (revision ${draft._rev ?? 'none'}, expected ${action.ifDraftRevisionId})`,
        );
      }
      const published = set.get(publishedId);
      if (
        typeof action.ifPublishedRevisionId === 'string' &&
        action.ifPublishedRevisionId !== published?._rev
      ) {
        throw new ActionError(
          409,
          `Published document "${publishedId}" has changed (revision ${published?._rev ?? 'none'}, expected ${action.ifPublishedRevisionId})`,
        );
      }
      const { _rev: _r, _updatedAt: _u, ...body } = draft;
      const next: DraftDocument = {
        ...body,
        _id: publishedId,
        _createdAt: published?._createdAt ?? draft._createdAt,
      };
      set.put(next, published ? 'update' : 'create', { createOrReplace: { ...body, _id: publishedId } });
      set.delete(draftId);
      return;
    }
    case 'sanity.action.document.unpublish': {
      const draftId = idOf(action.draftId, 'draftId');
      const publishedId = idOf(action.publishedId, 'publishedId');
      const published = set.get(publishedId);
      if (!published) throw new ActionError(409, `Cannot unpublish "${publishedId}": it is not published`);
      if (!set.get(draftId)) {
        const { _rev: _r, _updatedAt: _u, ...body } = published;
        const draft = { ...body, _id: draftId };
        set.put(draft, 'create', { createIfNotExists: draft });
      }
      set.delete(publishedId);
      return;
    }
    case 'sanity.action.document.discard': {
      const draftId = idOf(action.draftId, 'draftId');
      if (!set.get(draftId)) throw new ActionError(409, `Cannot discard "${draftId}": it does not exist`);
      set.delete(draftId);
      return;
    }
    case 'sanity.action.document.delete': {
      const publishedId = idOf(action.publishedId, 'publishedId');
      const drafts = Array.isArray(action.includeDrafts)
        ? action.includeDrafts.filter((id) => typeof id === 'string')
        : [];
      const ids = [publishedId, `drafts.${publishedId}`, ...drafts];
      if (!ids.some((id) => set.get(id)))
        throw new ActionError(409, `Cannot delete "${publishedId}": it does not exist`);
      for (const id of new Set(ids)) if (set.get(id)) set.delete(id);
      return;
    }
    case 'sanity.action.document.version.create': {
      let doc: DraftDocument;
      if (action.document !== undefined) {
        doc = documentOf(action.document, 'document');
      } else {
        const base = set.get(idOf(action.baseId, 'baseId'));
        if (!base)
          throw new ActionError(
            409,
            `Cannot create a version from "${String(action.baseId)}": it does not exist`,
          );
        if (typeof action.ifBaseRevisionId === 'string' && action.ifBaseRevisionId !== base._rev) {
          throw new ActionError(409, `Base document "${base._id}" has changed`);
        }
        const { _rev: _r, _createdAt: _c, _updatedAt: _u, ...body } = base;
        doc = { ...body, _id: idOf(action.versionId, 'versionId') };
      }
      if (set.get(doc._id)) throw new ActionError(409, `Document "${doc._id}" already exists`);
      set.put(doc, 'create', { create: doc });
      return;
    }
    case 'sanity.action.document.version.replace': {
      const doc = documentOf(action.document, 'document');
      const existing = set.get(doc._id);
      if (!existing) throw new ActionError(409, `Cannot replace "${doc._id}": it does not exist`);
      set.put({ ...doc, _createdAt: existing._createdAt }, 'update', { createOrReplace: doc });
      return;
    }
    case 'sanity.action.document.version.discard': {
      const versionId = idOf(action.versionId, 'versionId');
      if (!set.get(versionId)) throw new ActionError(409, `Cannot discard "${versionId}": it does not exist`);
      set.delete(versionId);
      return;
    }
    default:
      throw new ActionError(400, `The local lake does not support the action "${String(action.actionType)}"`);
  }
}

function idOf(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new ActionError(400, `Action needs "${name}"`);
  return value;
}

function documentOf(value: unknown, name: string): DraftDocument {
  if (typeof value !== 'object' || value === null) throw new ActionError(400, `Action needs "${name}"`);
  const doc = value as Record<string, unknown>;
  if (typeof doc._id !== 'string' || doc._id === '') throw new ActionError(400, `"${name}" needs an _id`);
  if (typeof doc._type !== 'string' || doc._type === '')
    throw new ActionError(400, `"${name}" needs a _type`);
  const { _rev: _r, _updatedAt: _u, ...rest } = doc;
  return rest as DraftDocument;
}
