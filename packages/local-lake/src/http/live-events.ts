// GET /data/live/events/:dataset — the stream `defineLive` listens to: a `welcome`, then a `message` with sync
// tags after every transaction that could change what the subscriber sees.
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { openSse } from './sse.ts';

export function handleLiveEvents(context: RequestContext): void {
  requireDataset(context);
  const includeDrafts = context.url.searchParams.get('includeDrafts') === 'true';
  if (includeDrafts) requireToken(context, 'Live events with drafts');
  const stream = openSse(context.req, context.res);
  stream.send('welcome', {}, context.lake.store.lastSeq);
  context.lake.live.add(stream, includeDrafts);
}
