// What every endpoint handler receives.
import type { AddonDatasets } from '../addons/addon-datasets.ts';
import type { ResolvedLakeOptions } from '../config.ts';
import type { CorsPolicy } from '../cors.ts';
import type { QueryLimits } from '../groq/query-limits.ts';
import type { QueryWorkers } from '../groq/query-workers.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { HistoryReader } from '../store/history.ts';
import type { ListenHub } from './listen-hub.ts';
import type { LakeUser, UserDirectory } from '../users.ts';
import type { LiveEventsHub } from './live-events-hub.ts';
import type { LakeRequest, LakeResponse } from './respond.ts';

export interface LakeServices {
  options: ResolvedLakeOptions;
  store: DocumentStore;
  history: HistoryReader;
  /** Where the query endpoint's queries run. */
  queries: QueryWorkers;
  queryLimits: QueryLimits;
  live: LiveEventsHub;
  listeners: ListenHub;
  /** The origins a browser page may call the lake from (src/cors.ts). */
  cors: CorsPolicy;
  /** Who may sign in, and with which token (`<data>/users.json`). */
  users: UserDirectory;
  /** Base URL written into asset documents' `url`. */
  publicUrl: () => string;
  /** The add-on datasets (comments) beside the content dataset. */
  addons?: AddonDatasets;
  /** Set when these services answer for an add-on dataset: its name. */
  datasetName?: string;
}

export interface RequestContext {
  req: LakeRequest;
  res: LakeResponse;
  url: URL;
  /** Path without the `/vYYYY-MM-DD` prefix. */
  path: string;
  /** Named groups of the matched route. */
  params: Record<string, string>;
  /** The user whose token the request carries (`Authorization: Bearer <token>`), or null. */
  user: LakeUser | null;
  /** Whether the request carries a user's token. */
  authenticated: boolean;
  lake: LakeServices;
}

export type Handler = (context: RequestContext) => Promise<void> | void;
