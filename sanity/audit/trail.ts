// The audit trail of health content: every medical approval, "No clinical change" statement, publish, unpublish and
// delete of an article or benefit, with who and when. Nothing is written twice to make it:
// - approvals and statements are the `medicalApproval` documents themselves (who: person and Studio user);
// - publish, unpublish and delete come from the dataset's history, the document events endpoint
//   (`GET /data/history/<dataset>/events/documents/<id>`, what the Studio's own history panel reads), whose events
//   carry the author (Studio user id) and timestamp of the transaction. The local lake serves the same endpoint.
// Which documents: every article and benefit in the dataset (drafts included), every document an approval names,
// and every deleted one: the dataset's transaction list (`GET /data/history/<dataset>/transactions` without ids,
// Sanity's documented way to find deleted documents) names the ids that are gone, and the document as it was just
// before its deletion tells whether it was an article or a benefit. History is kept as long as the plan keeps it
// (hosted) or for ever (the local lake).
import type { SanityClient } from '@sanity/client';
import { MEDICAL_APPROVAL_TYPE } from '@clinic/content/review';
import type { ApprovalRecord } from '../review/gate.ts';

/** Types whose changes are audited. */
export const AUDITED_TYPES = ['article', 'benefit'] as const;

export type AuditAction = 'approval' | 'nonClinicalChange' | 'publish' | 'unpublish' | 'delete';

/** One line of the audit trail. `at` is an ISO datetime; `userId` is the Studio user (history author). */
export interface AuditEntry {
  at: string;
  action: AuditAction;
  documentId: string;
  documentType: string | null;
  language: string | null;
  title: string | null;
  userId: string;
  userName: string | null;
  /** Approval and statement: the person record's id. */
  personId: string | null;
  /** Statement: the reason given. */
  reason: string | null;
  /** Approval/statement: the revision approved; publish: the published revision. */
  revision: string | null;
  clinicalFingerprint: string | null;
}

/** A lifecycle event of the history events endpoint, as far as the trail reads it. */
export interface HistoryEvent {
  type: string;
  timestamp: string;
  author: string;
  documentId?: string;
  revisionId?: string;
}

/** What is known of an audited document now (gone when deleted). */
export interface AuditedDocument {
  _id: string;
  _type: string;
  language?: string | null;
  title?: string | null;
}

const EVENT_ACTIONS: Record<string, AuditAction> = {
  publishDocumentVersion: 'publish',
  unpublishDocument: 'unpublish',
  deleteDocumentGroup: 'delete',
};

export const publishedIdOf = (id: string) => id.replace(/^drafts\./, '');

/**
 * The audited actions among one document's lifecycle events (any order), oldest first. A draft deleted while no
 * published version exists ends the document (the Studio's Delete of a never-published or unpublished document,
 * or discarding its only draft): that is a delete too. Whether a published version existed is followed through
 * the events; before the first publish/unpublish/delete it is inferred from the first one, or, without any, from
 * whether the document is published now (`publishedNow`).
 */
export function lifecycleActions(
  events: readonly HistoryEvent[],
  publishedNow: boolean,
): Array<{ event: HistoryEvent; action: AuditAction }> {
  const ordered = [...events].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  const first = ordered.find((event) => EVENT_ACTIONS[event.type]);
  let published = first ? EVENT_ACTIONS[first.type] !== 'publish' : publishedNow;
  const actions: Array<{ event: HistoryEvent; action: AuditAction }> = [];
  for (const event of ordered) {
    const action =
      EVENT_ACTIONS[event.type] ?? (event.type === 'deleteDocumentVersion' && !published ? 'delete' : null);
    if (!action) continue;
    published = action === 'publish';
    actions.push({ event, action });
  }
  return actions;
}

/**
 * The trail from its sources, oldest first: `approvals` (medicalApproval documents), `events` by published
 * document id, `documents` (current, for type, language and title), `userNames` by Studio user id.
 */
export function auditEntries(input: {
  approvals: readonly ApprovalRecord[];
  events: ReadonlyMap<string, readonly HistoryEvent[]>;
  documents: readonly AuditedDocument[];
  userNames: ReadonlyMap<string, string>;
}): AuditEntry[] {
  const documents = new Map(input.documents.map((document) => [publishedIdOf(document._id), document]));
  // A draft only tells the type and title when nothing is published; the published document wins.
  for (const document of input.documents)
    if (!document._id.startsWith('drafts.')) documents.set(document._id, document);
  const describe = (id: string, fallback?: { documentType?: string; language?: string }) => {
    const document = documents.get(id);
    return {
      documentType: document?._type ?? fallback?.documentType ?? null,
      language: document?.language ?? fallback?.language ?? null,
      title: document?.title ?? null,
    };
  };
  const entries: AuditEntry[] = [];
  for (const record of input.approvals) {
    const documentId = record.document?._ref;
    if (!documentId) continue;
    entries.push({
      at: record.at,
      action: record.kind,
      documentId,
      ...describe(documentId, { documentType: record.documentType, language: record.language }),
      userId: record.userId,
      userName: record.userName ?? input.userNames.get(record.userId) ?? null,
      personId: record.person?._ref ?? null,
      reason: record.reason ?? null,
      revision: record.revision ?? null,
      clinicalFingerprint: record.clinicalFingerprint ?? null,
    });
  }
  const publishedNow = new Set(
    input.documents.filter((document) => !document._id.startsWith('drafts.')).map((d) => d._id),
  );
  for (const [documentId, events] of input.events) {
    for (const { event, action } of lifecycleActions(events, publishedNow.has(documentId))) {
      entries.push({
        at: event.timestamp,
        action,
        documentId,
        ...describe(documentId),
        userId: event.author,
        userName: input.userNames.get(event.author) ?? null,
        personId: null,
        reason: null,
        revision: action === 'publish' ? (event.revisionId ?? null) : null,
        clinicalFingerprint: null,
      });
    }
  }
  return entries.sort(
    (a, b) =>
      a.at.localeCompare(b.at) ||
      a.documentId.localeCompare(b.documentId) ||
      a.action.localeCompare(b.action),
  );
}

const DOCUMENTS_QUERY = `*[_type in $types]{_id, _type, language, "title": coalesce(title, statement)}`;
const APPROVALS_QUERY = `*[_type == "${MEDICAL_APPROVAL_TYPE}" && (!defined($ids) || document._ref in $ids)]`;
const EVENTS_PAGE_SIZE = 100;
const PARALLEL_REQUESTS = 4;

/** Every lifecycle event of one document (published id), following the endpoint's `nextCursor`. */
async function documentEvents(client: SanityClient, dataset: string, id: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let cursor = '';
  for (let page = 0; page < 1000; page++) {
    const search = new URLSearchParams({ limit: String(EVENTS_PAGE_SIZE) });
    if (cursor) search.set('nextCursor', cursor);
    const response = await client.request<{ events: Record<string, HistoryEvent[]>; nextCursor?: string }>({
      url: `/data/history/${dataset}/events/documents/${encodeURIComponent(id)}?${search}`,
      tag: 'audit-trail',
    });
    events.push(...(response.events[id] ?? []));
    if (!response.nextCursor || response.nextCursor === cursor) break;
    cursor = response.nextCursor;
  }
  return events;
}

/** Display names of Studio users by id (`GET /users/<ids>`); unknown ids are left out. */
async function userNames(client: SanityClient, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const known = ids.filter((id) => /^[A-Za-z0-9_-]+$/.test(id));
  if (known.length === 0) return names;
  const answer = await client
    .request<unknown>({ uri: `/users/${known.join(',')}`, tag: 'audit-trail' })
    .catch(() => null);
  const users = Array.isArray(answer) ? answer : answer ? [answer] : [];
  for (const user of users as Array<{ id?: string; displayName?: string; name?: string } | null>)
    if (user?.id) names.set(user.id, user.displayName ?? user.name ?? user.id);
  return names;
}

/** One line of the History API's transaction list (NDJSON), as far as the trail reads it. */
interface TransactionLine {
  id: string;
  timestamp: string;
  documentIDs?: string[];
}

/** Lines of an NDJSON answer of the History API, read with the client's address and token. */
async function historyLines<T>(client: SanityClient, path: string): Promise<T[]> {
  const { token } = client.config();
  const response = await fetch(client.getUrl(path), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    credentials: token ? 'omit' : 'include',
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`History request failed (${response.status}): ${text.slice(0, 300)}`);
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const TRANSACTION_PAGE_SIZE = 10_000;

/**
 * Articles and benefits that were deleted: ids the dataset's transactions touched that no query finds now and that
 * are not `known`, each with its lifecycle events and its content just before the deletion (type, title).
 */
async function deletedDocuments(
  client: SanityClient,
  dataset: string,
  known: ReadonlySet<string>,
  since: string | undefined,
): Promise<Array<{ document: AuditedDocument; events: HistoryEvent[] }>> {
  const touched = new Set<string>();
  let from: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const search = new URLSearchParams({ excludeContent: 'true', limit: String(TRANSACTION_PAGE_SIZE) });
    if (since) search.set('fromTime', new Date(Date.parse(since)).toISOString());
    if (from) search.set('fromTransaction', from);
    const lines = await historyLines<TransactionLine>(
      client,
      `/data/history/${dataset}/transactions?${search}`,
    );
    for (const line of lines)
      for (const id of line.documentIDs ?? [])
        if (!id.startsWith('versions.') && !id.startsWith('_.')) touched.add(publishedIdOf(id));
    const last = lines.at(-1)?.id;
    if (lines.length < TRANSACTION_PAGE_SIZE || !last || last === from) break;
    from = last;
  }
  const unknown = [...touched].filter((id) => !known.has(id));
  if (unknown.length === 0) return [];
  const existing = new Set(
    await client.fetch<string[]>(
      '*[_id in $ids || _id in $drafts]._id',
      {
        ids: unknown,
        drafts: unknown.map((id) => `drafts.${id}`),
      },
      { perspective: 'raw', tag: 'audit-trail' },
    ),
  );
  const gone = unknown.filter((id) => !existing.has(id) && !existing.has(`drafts.${id}`));
  const found = await inBatches(gone, PARALLEL_REQUESTS, async (id) => {
    const events = await documentEvents(client, dataset, id);
    const deletion = lifecycleActions(events, false).findLast((item) => item.action === 'delete')?.event;
    if (!deletion) return null;
    const before = new Date(Date.parse(deletion.timestamp) - 1).toISOString();
    const answer = await client.request<{ documents: AuditedDocument[] }>({
      url: `/data/history/${dataset}/documents/${encodeURIComponent(id)},${encodeURIComponent(`drafts.${id}`)}?time=${before}`,
      tag: 'audit-trail',
    });
    const document = answer.documents.find((item) => item._id === id) ?? answer.documents[0];
    if (!document || !(AUDITED_TYPES as readonly string[]).includes(document._type)) return null;
    return {
      document: {
        _id: id,
        _type: document._type,
        language: document.language ?? null,
        title: document.title ?? null,
      },
      events,
    };
  });
  return found.filter((item) => item !== null);
}

async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

/**
 * Reads the trail through `client` (needs a token that may read history: the lake token, or a hosted token with
 * read access). `documentId` limits it to one article or benefit (published id); `since` (ISO date or datetime)
 * drops older entries. Errors of the API are thrown as @sanity/client reports them.
 */
export async function fetchAuditTrail(
  client: SanityClient,
  options: { documentId?: string; since?: string } = {},
): Promise<AuditEntry[]> {
  const dataset = client.config().dataset;
  if (!dataset) throw new Error('The client has no dataset');
  const raw = { perspective: 'raw' as const, tag: 'audit-trail' };
  const ids = options.documentId ? [publishedIdOf(options.documentId)] : null;
  const [documents, approvals] = await Promise.all([
    client.fetch<AuditedDocument[]>(
      ids
        ? `*[_id in [$id, "drafts." + $id]]{_id, _type, language, "title": coalesce(title, statement)}`
        : DOCUMENTS_QUERY,
      ids ? { id: ids[0] } : { types: [...AUDITED_TYPES] },
      raw,
    ),
    client.fetch<ApprovalRecord[]>(APPROVALS_QUERY, { ids }, raw),
  ]);
  const known = new Set([
    ...documents.map((document) => publishedIdOf(document._id)),
    ...approvals.flatMap((record) => (record.document?._ref ? [record.document._ref] : [])),
  ]);
  const documentIds = ids ?? [...known];
  const events = new Map(
    await inBatches(
      documentIds,
      PARALLEL_REQUESTS,
      async (id) => [id, await documentEvents(client, dataset, id)] as const,
    ),
  );
  if (!ids) {
    for (const deleted of await deletedDocuments(client, dataset, known, options.since)) {
      documents.push(deleted.document);
      events.set(publishedIdOf(deleted.document._id), deleted.events);
    }
  }
  const authors = [...new Set([...events.values()].flat().map((event) => event.author))];
  const entries = auditEntries({ approvals, events, documents, userNames: await userNames(client, authors) });
  if (!options.since) return entries;
  const since = Date.parse(options.since);
  if (Number.isNaN(since))
    throw new Error(`"${options.since}" is not a date (use YYYY-MM-DD or an ISO datetime)`);
  return entries.filter((entry) => Date.parse(entry.at) >= since);
}
