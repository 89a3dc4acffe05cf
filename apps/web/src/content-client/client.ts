import 'server-only';
import { createClient } from 'next-sanity';
import { serverEnv } from '@/env/server';

/**
 * The one Sanity client of the site. The same code reads a hosted project or the local lake: in local mode the
 * client talks to the lake's plain-HTTP API (`useProjectHostname: false`, so no `<projectId>.` host prefix).
 *
 * Stega stays off: public pages must never carry invisible characters (they would leak into JSON-LD, metadata
 * and comparisons). Draft mode, when added, turns it on per request in `fetch.ts`.
 */
export const sanityClient = createClient({
  projectId: serverEnv.projectId,
  dataset: serverEnv.dataset,
  apiVersion: serverEnv.apiVersion,
  perspective: 'published',
  stega: false,
  token: serverEnv.readToken ?? undefined,
  // Next's data cache already holds every answer; the CDN only helps when no token forces the live API.
  useCdn: !serverEnv.isLocalLake && serverEnv.readToken === null,
  ...(serverEnv.isLocalLake ? { apiHost: serverEnv.localLakeUrl, useProjectHostname: false } : {}),
});
