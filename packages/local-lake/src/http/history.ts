// History endpoints a document pane opens: a document at a revision or time, the transaction log of documents
// (NDJSON, with mendoza effects) and the document's lifecycle events (created, published, unpublished, ...).
import { effectsOf, type TransactionLogEntry } from '../store/history.ts';
import { publishedIdOf } from '../store/ids.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { corsHeaders, HttpError, sendJson } from './respond.ts';

function idsParam(context: RequestContext): string[] {
  const ids = (context.params.ids ?? '')
    .split(',')
    .map((id) => decodeURIComponent(id).trim())
    .filter(Boolean);
  if (ids.length === 0) throw new HttpError(400, 'No document ids given');
  return ids;
}

export function handleDocumentRevision(context: RequestContext): void {
  requireDataset(context);
  requireToken(context, 'Document history');
  const search = context.url.searchParams;
  const revision = search.get('revision');
  const time = search.get('time');
  if (!revision && !time) throw new HttpError(400, 'Give "revision" or "time"');
  const documents = idsParam(context)
    .map((id) =>
      revision
        ? context.lake.history.documentAtRevision(id, revision)
        : context.lake.history.documentAtTime(id, time!),
    )
    .filter((doc) => doc !== null);
  sendJson(context.req, context.res, 200, { documents });
}

export function handleTransactions(context: RequestContext): void {
  requireDataset(context);
  requireToken(context, 'Document history');
  const search = context.url.searchParams;
  // Without ids, every transaction of the dataset, as Sanity's History API answers.
  const ids = context.params.ids === undefined ? null : idsParam(context);
  const entries = context.lake.history.transactions(ids, {
    fromTransaction: search.get('fromTransaction') ?? undefined,
    toTransaction: search.get('toTransaction') ?? undefined,
    fromTime: search.get('fromTime') ?? undefined,
    toTime: search.get('toTime') ?? undefined,
    limit: search.has('limit') ? Number(search.get('limit')) : undefined,
    reverse: search.get('reverse') === 'true',
  });
  const withEffects = search.get('effectFormat') === 'mendoza';
  const withMutations = search.get('excludeMutations') !== 'true';
  const lines = entries.map((entry) => {
    const line: Record<string, unknown> = {
      id: entry.id,
      timestamp: entry.timestamp,
      author: entry.author,
      documentIDs: entry.documentIDs,
    };
    if (withEffects) line.effects = effectsOf(entry);
    if (withMutations) line.mutations = entry.mutations;
    return JSON.stringify(line);
  });
  const body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  context.res.writeHead(200, {
    ...corsHeaders(context.req),
    'content-type': 'application/x-ndjson',
    'content-length': String(Buffer.byteLength(body)),
  });
  context.res.end(body);
}

export function handleDocumentEvents(context: RequestContext): void {
  requireDataset(context);
  requireToken(context, 'Document history');
  const requested = decodeURIComponent(context.params.id ?? '');
  const publishedId = publishedIdOf(requested);
  const draftId = `drafts.${publishedId}`;
  const limit = Number(context.url.searchParams.get('limit') ?? 100);
  const entries = context.lake.history.transactions([publishedId, draftId], {
    reverse: true,
    limit: limit || 100,
  });
  const events = entries.flatMap((entry) => lifecycleEvents(entry, publishedId, draftId));
  sendJson(context.req, context.res, 200, { events: { [requested]: events }, nextCursor: '' });
}

/** The lifecycle events one transaction means for a document group (edits are derived by the Studio). */
function lifecycleEvents(
  entry: TransactionLogEntry,
  publishedId: string,
  draftId: string,
): Record<string, unknown>[] {
  const base = { timestamp: entry.timestamp, author: entry.author, documentId: publishedId };
  const published = entry.states[publishedId];
  const draft = entry.states[draftId];
  const events: Record<string, unknown>[] = [];
  const draftCreated = draft && !draft.before && draft.after;
  const draftDeleted = draft && draft.before && !draft.after;
  if (published?.after) {
    events.push({
      ...base,
      type: 'publishDocumentVersion',
      revisionId: published.after._rev,
      versionId: draftId,
      ...(draftDeleted ? { versionRevisionId: draft.before!._rev } : {}),
      publishCause: 'document.publish',
    });
  } else if (published?.before && !published.after) {
    if (draftCreated) {
      events.push({
        ...base,
        type: 'unpublishDocument',
        versionId: draftId,
        versionRevisionId: draft.after!._rev,
      });
    } else {
      events.push({ ...base, type: 'deleteDocumentGroup' });
    }
  }
  if (draftCreated && !(published?.before && !published.after)) {
    events.push({
      ...base,
      type: 'createDocumentVersion',
      versionId: draftId,
      versionRevisionId: draft.after!._rev,
    });
  }
  if (draftDeleted && !published?.after && !(published?.before && !published.after)) {
    events.push({
      ...base,
      type: 'deleteDocumentVersion',
      versionId: draftId,
      versionRevisionId: draft.before!._rev,
    });
  }
  return events;
}
