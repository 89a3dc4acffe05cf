// GET /data/references/:dataset/documents/:id/to — the documents that refer to one document. The Studio's
// unpublish and delete dialogs call it (with `excludeInternalReferences=true`) to list references from *other*
// datasets; the lake holds one dataset, so those are always none. Without that flag, the referring documents of
// this dataset are listed, in the same `{totalCount, references: [{projectId, datasetName, documentId}]}` shape.
import { PROJECT_ID } from '../config.ts';
import { idsMatching } from '../groq/query-engine.ts';
import { documentIdProblem } from '../store/ids.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';

export function handleReferencesTo(context: RequestContext): void {
  const dataset = requireDataset(context);
  requireToken(context, 'Listing references');
  const id = context.params.id ?? '';
  const problem = documentIdProblem(id);
  if (problem) throw new HttpError(400, problem);
  const excludeInternal = context.url.searchParams.get('excludeInternalReferences') === 'true';
  const internal = excludeInternal
    ? []
    : idsMatching(context.lake.engine, '*[references($id) && _id != $id]._id', { id });
  sendJson(context.req, context.res, 200, {
    totalCount: internal.length,
    references: internal.map((documentId) => ({ projectId: PROJECT_ID, datasetName: dataset, documentId })),
  });
}
