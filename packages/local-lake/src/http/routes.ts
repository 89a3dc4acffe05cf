// Every endpoint the lake serves, in one list. Paths are after the `/vYYYY-MM-DD` prefix.
import type { DatabaseSync } from 'node:sqlite';
import { handleCommentsSetup } from '../addons/comments-setup.ts';
import { LAKE_FEATURES } from '../addons/features.ts';
import { handleActions } from './actions.ts';
import { assetHandler } from './assets-serve.ts';
import { uploadHandler } from './assets-upload.ts';
import { handleDoc } from './doc.ts';
import { handleDocumentEvents, handleDocumentRevision, handleTransactions } from './history.ts';
import { keyValueHandlers } from './keyvalue.ts';
import { handleListen } from './listen.ts';
import { handleLiveEvents } from './live-events.ts';
import { handleMutate } from './mutate.ts';
import { handleQuery } from './query.ts';
import { handleReferencesTo } from './references.ts';
import { handleReleaseEvents } from './release-events.ts';
import { handleReleaseLimits } from './release-limits.ts';
import { HttpError } from './respond.ts';
import { route, type Route } from './router.ts';
import {
  emptyAnswer,
  handleAcl,
  handleAuthId,
  handleAuthProviders,
  handleCorsCheck,
  handleCurrentUser,
  handleDatasets,
  handleGrants,
  handleLogout,
  handleProject,
  handleSchedules,
  handleUsers,
} from './studio-bootstrap.ts';

export function lakeRoutes(db: DatabaseSync): Route[] {
  const keyValue = keyValueHandlers(db);
  return [
    // Content
    route(['GET', 'POST'], '/data/query/:dataset', handleQuery),
    route('GET', '/data/doc/:dataset/:ids*', handleDoc),
    route('GET', '/data/live/events/:dataset', handleLiveEvents),
    route('POST', '/data/mutate/:dataset', handleMutate),
    route('POST', '/data/actions/:dataset', handleActions),
    route('GET', '/data/actions/:dataset', emptyAnswer({ enabled: true, compatibleStudioVersions: '*' })),
    route('GET', '/data/listen/:dataset', handleListen),
    route('GET', '/data/references/:dataset/documents/:id/to', handleReferencesTo),
    route('GET', '/data/history/:dataset/documents/:ids*', handleDocumentRevision),
    route('GET', '/data/history/:dataset/transactions/:ids*', handleTransactions),
    route('GET', '/data/history/:dataset/transactions', handleTransactions),
    route('GET', '/data/history/:dataset/events/documents/:id*', handleDocumentEvents),
    route('GET', '/data/history/:dataset/events/releases/:releaseId', handleReleaseEvents),
    route('GET', '/images/:projectId/:dataset/:file*', assetHandler('image')),
    route('GET', '/files/:projectId/:dataset/:file*', assetHandler('file')),
    route('POST', '/assets/images/:dataset', uploadHandler('image')),
    route('POST', '/assets/files/:dataset', uploadHandler('file')),
    // Studio bootstrap: user, project, permissions, UI state
    route('GET', '/users/me', handleCurrentUser),
    route('GET', '/users/me/keyvalue/:keys*', keyValue.get),
    route('PUT', '/users/me/keyvalue', keyValue.put),
    route('GET', '/users/:ids', handleUsers),
    route('GET', '/auth/id', handleAuthId),
    route('GET', '/auth/providers', handleAuthProviders),
    route('POST', '/auth/logout', handleLogout),
    route('GET', '/projects/:projectId', handleProject),
    route('GET', '/projects/:projectId/datasets', handleDatasets),
    // Vision lists datasets on the project's own host, where the project id is in the host name.
    route('GET', '/datasets', handleDatasets),
    route('GET', '/projects/:projectId/datasets/:dataset/acl', handleAcl),
    route('GET', '/projects/:projectId/grants', handleGrants),
    route('GET', '/projects/:projectId/user-applications', emptyAnswer([])),
    route('GET', '/projects/:projectId/features', emptyAnswer(LAKE_FEATURES)),
    route('GET', '/features', emptyAnswer(LAKE_FEATURES)),
    // Comments live in an add-on dataset, created when the first comment is written.
    route('POST', '/comments/:dataset/setup', handleCommentsSetup),
    route('GET', '/projects/:projectId/new-content-release-allowed', handleReleaseLimits),
    route('GET', '/intake/telemetry-status', emptyAnswer({ status: 'denied' })),
    route('POST', '/intake/batch', emptyAnswer({})),
    route('GET', '/help', emptyAnswer({})),
    route('GET', '/ping', emptyAnswer({ pong: true })),
    // The document store's latency report fetches this once an edit is made, only to read X-Sanity-Shard.
    route('GET', '/data/ping/:dataset', emptyAnswer({ pong: true })),
    route('GET', '/check/cors', handleCorsCheck),
    route('GET', '/journey/:topic*', emptyAnswer(null)),
    route('GET', '/schedules/:projectId/:dataset', handleSchedules),
    // The Studio offers its schema for Sanity's hosted tooling; the lake needs no copy, so it is "in sync".
    route('POST', '/descriptors/claim', emptyAnswer({ synchronization: { type: 'complete' } })),
    route('POST', '/descriptors/synchronize', emptyAnswer({ type: 'complete' })),
    // Presence is a WebSocket (src/presence/socket.ts); a plain GET without the upgrade is a client error.
    route('GET', '/socket/:dataset', () => {
      throw new HttpError(426, 'The presence socket needs a WebSocket upgrade (Upgrade: websocket)');
    }),
  ];
}
