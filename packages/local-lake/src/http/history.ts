// History endpoints a document pane opens: a document at a revision or time, the transaction log of documents
// (NDJSON, with mendoza effects) and the document's lifecycle events (created, published, unpublished, ...).
import { effectsOf, type TransactionLogEntry } from '../store/history.ts';
import { publishedIdOf } from '../store/ids.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { corsHeaders, HttpError, sendJson } from './respond.ts';

/** Most document ids one history request may name. */
const MAX_IDS = 1000;

function idsParam(context: RequestContext): string[] {
  const ids = (context.params.ids ?? '')
    .split(',')
    .map((id) => decodeURIComponent(id).trim())
    .filter(Boolean);
  if (ids.length === 0) throw new HttpError(400, 'No document ids given');
  if (ids.length > MAX_IDS) throw new HttpError(400, `More than ${MAX_IDS} document ids in one request`);
  return ids;
}

/**
 * `?revision=`, `?time=` or `?lastRevision=true`, exactly one of them (https://www.sanity.io/docs/history-api,
 * "Get a document revision"): the document at a revision, at an instant, or as it is now — or, deleted, as it was
 * last.
 */
export function handleDocumentRevision(context: RequestContext): void {
  requireDataset(context);
  requireToken(context, 'Document history');
  const search = context.url.searchParams;
  const revision = search.get('revision');
  const time = search.get('time');
  const lastRevision = booleanParam(search, 'lastRevision');
  const given = [revision !== null, time !== null, lastRevision].filter(Boolean).length;
  if (given !== 1) throw new HttpError(400, 'Give exactly one of "revision", "time" or "lastRevision=true"');
  const instant = time === null ? null : instantParam('time', time);
  const { history } = context.lake;
  const documents = idsParam(context)
    .map((id) =>
      revision !== null
        ? history.documentAtRevision(id, revision)
        : instant !== null
          ? history.documentAtTime(id, instant)
          : history.lastRevision(id),
    )
    .filter((doc) => doc !== null);
  sendJson(context.req, context.res, 200, { documents });
}

/** `true` or `false` (absent: false); anything else answers 400. */
function booleanParam(search: URLSearchParams, name: string): boolean {
  const value = search.get(name);
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  throw new HttpError(400, `Invalid value for "${name}": "${value}" (expected true or false)`);
}

// RFC 3339 / ISO 8601 as the API takes it: a date, or a date and time with optional seconds and fraction, in UTC
// (`Z`) or with an offset.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A timestamp parameter as the instant it names, written the way the lake stores transaction times
 * (`Date.toISOString()`, UTC with milliseconds), so stored times compare with it as instants. 400 when unreadable.
 */
function instantParam(name: string, value: string): string {
  const written = value.replace(' ', 'T');
  // A time without a zone is UTC (JavaScript would read it as local time).
  const ms = TIMESTAMP.test(value)
    ? Date.parse(/T[\d:.]+$/.test(written) ? `${written}Z` : written)
    : Number.NaN;
  if (Number.isNaN(ms))
    throw new HttpError(
      400,
      `Invalid value for "${name}": "${value}" (expected a timestamp such as 2026-12-07T10:00:00Z)`,
    );
  return new Date(ms).toISOString();
}

/** A whole number from 1 up; absent: undefined; anything else answers 400. */
function limitParam(search: URLSearchParams): number | undefined {
  const value = search.get('limit');
  if (value === null) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
    throw new HttpError(400, `Invalid value for "limit": "${value}" (expected a whole number from 1)`);
  return Number(value);
}

function optional<T>(search: URLSearchParams, name: string, read: (value: string) => T): T | undefined {
  const value = search.get(name);
  return value === null ? undefined : read(value);
}

export function handleTransactions(context: RequestContext): void {
  requireDataset(context);
  requireToken(context, 'Document history');
  const search = context.url.searchParams;
  const entries = context.lake.history.transactions(idsParam(context), {
    fromTransaction: search.get('fromTransaction') ?? undefined,
    toTransaction: search.get('toTransaction') ?? undefined,
    fromTime: optional(search, 'fromTime', (value) => instantParam('fromTime', value)),
    toTime: optional(search, 'toTime', (value) => instantParam('toTime', value)),
    limit: limitParam(search),
    reverse: booleanParam(search, 'reverse'),
  });
  const effectFormat = search.get('effectFormat');
  if (effectFormat !== null && effectFormat !== 'mendoza')
    throw new HttpError(400, `Invalid value for "effectFormat": "${effectFormat}" (expected mendoza)`);
  const withEffects = effectFormat === 'mendoza';
  const withMutations = !booleanParam(search, 'excludeMutations');
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
  const entries = context.lake.history.transactions([publishedId, draftId], {
    reverse: true,
    limit: limitParam(context.url.searchParams) ?? 100,
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
