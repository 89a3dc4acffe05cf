// GET /data/doc/:dataset/:ids — documents by id (comma separated), as stored, with the ids that were left out.
import { isDraftId, isSystemId, isVersionId } from '../store/ids.ts';
import type { RequestContext } from './context.ts';
import { requireDataset } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';

export function handleDoc(context: RequestContext): void {
  requireDataset(context);
  const ids = (context.params.ids ?? '')
    .split(',')
    .map((id) => decodeURIComponent(id).trim())
    .filter(Boolean);
  if (ids.length === 0) throw new HttpError(400, 'No document ids given');
  const documents: unknown[] = [];
  const omitted: Array<{ id: string; reason: 'existence' | 'permission' }> = [];
  for (const id of ids) {
    if (!context.authenticated && (isDraftId(id) || isVersionId(id) || isSystemId(id))) {
      omitted.push({ id, reason: 'permission' });
      continue;
    }
    const doc = context.lake.store.get(id);
    if (doc) documents.push(doc);
    else omitted.push({ id, reason: 'existence' });
  }
  sendJson(context.req, context.res, 200, { documents, omitted });
}
