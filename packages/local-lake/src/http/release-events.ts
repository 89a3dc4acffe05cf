// GET /data/history/:dataset/events/releases/:releaseId — a release's activity as the Studio's release detail shows
// it (sanity/src/core/releases/tool/detail/events: `{events, nextCursor}`, each event `{type, timestamp, author,
// releaseName, …}` with the types of its ReleaseEvent union), derived from the transaction log: the transactions
// that touched the release document or any of its versions, newest first. Edits of the release's metadata are
// not listed here: the Studio derives those from the release document's own history.
import type { SanityDocument } from '../store/types.ts';
import type { TransactionLogEntry } from '../store/history.ts';
import { publishedIdOf, VERSIONS_PREFIX } from '../store/ids.ts';
import { releaseDocumentId } from '../write/releases.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';

type ReleaseEvent = Record<string, unknown> & { type: string; timestamp: string };

export function handleReleaseEvents(context: RequestContext): void {
  requireDataset(context);
  requireToken(context, 'Release history');
  const name = decodeURIComponent(context.params.releaseId ?? '');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new HttpError(400, `"${name}" is not a release id`);
  const search = context.url.searchParams;
  const limit = search.has('limit') ? Number(search.get('limit')) : 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new HttpError(400, '"limit" must be a whole number from 1 to 1000');
  const cursor = search.get('nextCursor');
  const before = cursor ? Number(cursor) : Infinity;
  if (cursor && !Number.isInteger(before))
    throw new HttpError(400, '"nextCursor" is not a cursor this lake gave');
  const releaseId = releaseDocumentId(name);
  const ids = [releaseId, ...context.lake.history.idsEverWithPrefix(`${VERSIONS_PREFIX}${name}.`)];
  const entries = context.lake.history
    .transactions(ids, { reverse: true, limit: 10_000 })
    .filter((entry) => entry.seq < before);
  const events: ReleaseEvent[] = [];
  let nextCursor = '';
  for (const entry of entries) {
    if (events.length >= limit) {
      nextCursor = String(entry.seq + 1);
      break;
    }
    events.push(...eventsOf(entry, releaseId, name));
  }
  sendJson(context.req, context.res, 200, { events, nextCursor });
}

function eventsOf(entry: TransactionLogEntry, releaseId: string, name: string): ReleaseEvent[] {
  const base = { timestamp: entry.timestamp, author: entry.author, releaseName: name };
  const release = entry.states[releaseId];
  const before = release?.before as (SanityDocument & { state?: string }) | null | undefined;
  const after = release?.after as
    (SanityDocument & { state?: string; publishAt?: string }) | null | undefined;
  const events: ReleaseEvent[] = [];
  // A publish or an archive removes the versions as part of the release's own event.
  const releaseWide = after?.state === 'published' || after?.state === 'archived';
  if (release && !before && after) {
    events.push({
      ...base,
      type: 'createRelease',
      change: { releaseType: (after.metadata as { releaseType?: string })?.releaseType },
    });
  } else if (before && after && before.state !== after.state) {
    const type = {
      scheduled: 'scheduleRelease',
      published: 'publishRelease',
      archived: 'archiveRelease',
      active:
        before.state === 'scheduled'
          ? 'unscheduleRelease'
          : before.state === 'archived'
            ? 'unarchiveRelease'
            : null,
    }[after.state ?? ''];
    if (type)
      events.push({ ...base, type, ...(type === 'scheduleRelease' ? { publishAt: after.publishAt } : {}) });
  }
  for (const [id, state] of Object.entries(entry.states)) {
    if (id === releaseId || releaseWide || (after?.state === 'active' && before?.state === 'archived'))
      continue;
    const documentId = publishedIdOf(id);
    if (!state.before && state.after) {
      events.push({
        ...base,
        type: 'addDocumentToRelease',
        documentId,
        documentType: state.after._type,
        versionId: id,
        revisionId: entry.id,
        versionRevisionId: state.after._rev,
      });
    } else if (state.before && !state.after) {
      events.push({
        ...base,
        type: 'discardDocumentFromRelease',
        documentId,
        documentType: state.before._type,
        versionId: id,
        versionRevisionId: state.before._rev,
      });
    }
  }
  return events;
}
