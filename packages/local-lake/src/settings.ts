// The lake's facts for the tools around it (scripts, browser tests): where it listens and keeps its data, how to
// read its token, where its webhooks are configured. Only Node built-ins behind this entry point, so scripts can
// import it without loading the lake itself.
export { readToken, tokenFile } from './auth.ts';
export {
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  DEFAULT_SEED_DIR,
  DEFAULT_TLS_PORT,
  PROJECT_ID,
  lakeUrl,
  repoRoot,
  resolveOptions,
  tlsCaFile,
} from './config.ts';
export { webhooksFile } from './webhooks/config.ts';
export { addCorsOrigin, corsFile, DEFAULT_SITE_PORT, STUDIO_DEV_ORIGIN } from './cors.ts';
export { addUser, usersFile, type LakeUser } from './users.ts';

import { readToken } from './auth.ts';
import { DATASETS, PROJECT_ID, lakeUrl, resolveOptions } from './config.ts';

/**
 * The settings a lake started with `env` uses (port, TLS port, data and seed folders, from LOCAL_LAKE_*), its
 * plain HTTP `url` and its `token` (null before its first start), for tools that look for a running lake.
 */
export function lakeSettings(env: NodeJS.ProcessEnv = process.env) {
  const settings = resolveOptions({}, env);
  return { ...settings, url: lakeUrl(settings), token: readToken(settings.dataDir, env.LOCAL_LAKE_TOKEN) };
}

/**
 * The `@sanity/client` options that point a client at the plain-HTTP API of a lake at `url` (for example
 * `http://127.0.0.1:3900`): project `local`, dataset `production`, no `<projectId>.` host prefix and no API CDN.
 * Callers add `apiVersion`, `token`, `perspective` or `stega`.
 */
export function lakeClientConfig(url: string) {
  return { projectId: PROJECT_ID, dataset: DATASETS[0], apiHost: url, useProjectHostname: false, useCdn: false };
}
