// GET /vX/projects/:projectId/new-content-release-allowed — how many releases are open against the limit, which the
// Studio's releases tool reads before it lets an editor create, unarchive or revert a release
// (sanity/src/core/releases/contexts/upsell/fetchReleaseLimits.ts: `{data: ReleaseLimits}`, 403 with the same body
// when the limit is reached). The counts are the dataset's own; the limits are the lake's (RELEASE_LIMIT).
import { RELEASE_TYPE } from '../write/releases.ts';
import type { RequestContext } from './context.ts';
import { requireToken } from './dataset.ts';
import { sendJson } from './respond.ts';

/** Most releases open (active or scheduled) at once: the Content Lake's own per-dataset ceiling for releases. */
export const RELEASE_LIMIT = 1000;

export function handleReleaseLimits(context: RequestContext): void {
  requireToken(context, 'Release limits');
  let open = 0;
  let metered = 0;
  for (const doc of context.lake.store.ofType(RELEASE_TYPE)) {
    if (doc.state !== 'active' && doc.state !== 'scheduled') continue;
    open += 1;
    // Scheduled drafts (one-document releases) do not count towards the organisation's content releases.
    if ((doc.metadata as { cardinality?: string } | undefined)?.cardinality !== 'one') metered += 1;
  }
  const data = {
    orgActiveReleaseCount: open,
    orgMeteredActiveReleaseCount: metered,
    datasetReleaseLimit: RELEASE_LIMIT,
    orgActiveReleaseLimit: RELEASE_LIMIT,
  };
  sendJson(context.req, context.res, open >= RELEASE_LIMIT ? 403 : 200, { data });
}
