import 'server-only';
import { lakeSettings } from '@clinic/local-lake/settings';
import { serverEnv } from '@/env/server';

/**
 * The token that may read drafts. A hosted project needs SANITY_API_READ_TOKEN (a Viewer token). The local lake
 * has one editor token, found by the lake's own rule (LOCAL_LAKE_TOKEN, else the one it generated in its data
 * folder on first start).
 *
 * Read on demand, not at start-up: the lake may create its token after the site started.
 */
export function draftReadToken(): string | null {
  if (serverEnv.readToken) return serverEnv.readToken;
  if (!serverEnv.isLocalLake) return null;
  return lakeSettings(process.env).token;
}
