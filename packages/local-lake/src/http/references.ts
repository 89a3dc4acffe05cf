// GET /data/references/:dataset/documents/:id/to — the documents that refer to one document. The Studio's
// unpublish and delete dialogs call it (with `excludeInternalReferences=true`) to list references from *other*
// datasets; the lake holds one dataset, so those are always none. Without that flag, the referring documents of
// this dataset are listed, in the same `{totalCount, references: [{projectId, datasetName, documentId}]}` shape.
import { PROJECT_ID } from '../config.ts';
import { idsMatching } from '../groq/run-query.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';

const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export function handleReferencesTo(context: RequestContext): void {
  const dataset = requireDataset(context);
  requireToken(context, 'Listing references');
  const id = context.params.id ?? '';
  if (!DOCUMENT_ID.test(id)) throw new HttpError(400, `Invalid document id "${id}"`);
  const excludeInternal = context.url.searchParams.get('excludeInternalReferences') === 'true';
  const internal = excludeInternal
    ? []
    : idsMatching(context.lake.engine, '*[references($id) && _id != $id]._id', { id });
  sendJson(context.req, context.res, 200, {
    totalCount: internal.length,
    references: internal.map((documentId) => ({ projectId: PROJECT_ID, datasetName: dataset, documentId })),
  });
}
