// GET /data/references/:dataset/documents/:id/to — the documents that refer to one document. The Studio's
// unpublish and delete dialogs call it (with `excludeInternalReferences=true`) to list references from *other*
// datasets; the lake holds one dataset, so those are always none. Without that flag, the referring documents of
// this dataset are listed, in the same `{totalCount, references: [{projectId, datasetName, documentId}]}` shape.
import { PROJECT_ID } from '../config.ts';
import { QueryError } from '../groq/parse-query.ts';
import { ALL_DOCUMENTS, idsOfResult } from '../groq/query-engine.ts';
import { documentIdProblem } from '../store/ids.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';

export async function handleReferencesTo(context: RequestContext): Promise<void> {
  const dataset = requireDataset(context);
  requireToken(context, 'Listing references');
  const id = context.params.id ?? '';
  const problem = documentIdProblem(id);
  if (problem) throw new HttpError(400, problem);
  const excludeInternal = context.url.searchParams.get('excludeInternalReferences') === 'true';
  const internal = excludeInternal ? [] : await referencingIds(context, dataset, id);
  sendJson(context.req, context.res, 200, {
    totalCount: internal.length,
    references: internal.map((documentId) => ({ projectId: PROJECT_ID, datasetName: dataset, documentId })),
  });
}

/** The ids of the documents (drafts and versions included) that refer to `id`, found in a query worker. */
async function referencingIds(context: RequestContext, dataset: string, id: string): Promise<string[]> {
  try {
    const answer = await context.lake.queries.run({
      query: '*[references($id) && _id != $id]._id',
      params: { id },
      perspective: ALL_DOCUMENTS,
      dataset,
    });
    return idsOfResult(JSON.parse(answer.resultJson));
  } catch (error) {
    if (error instanceof QueryError) throw new HttpError(error.status, error.message, { error: error.body });
    throw error;
  }
}
