// Which Content Lake the Studio talks to, decided by environment variables alone.
// - SANITY_STUDIO_PROJECT_ID set: a hosted Sanity project (dataset from SANITY_STUDIO_DATASET, default production).
// - unset: the local lake on this machine (packages/local-lake), project `local`, over HTTP/2 + TLS, because the
//   Studio's many listeners stall on HTTP/1.1's six-connections-per-host limit.
// Only SANITY_STUDIO_* variables reach the browser bundle, so nothing else is read here.

import { DEFAULT_TLS_PORT, PROJECT_ID } from '@clinic/local-lake/constants';

export const DEFAULT_LAKE_URL = `https://localhost:${DEFAULT_TLS_PORT}`;
export const LOCAL_PROJECT_ID = PROJECT_ID;

export type StudioBackend =
  | { kind: 'hosted'; projectId: string; dataset: string }
  | { kind: 'local'; projectId: typeof LOCAL_PROJECT_ID; dataset: 'production'; apiHost: string };

type Env = Record<string, string | undefined>;

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function resolveBackend(env: Env): StudioBackend {
  const projectId = clean(env.SANITY_STUDIO_PROJECT_ID);
  if (projectId) {
    if (!/^[a-z0-9-]+$/.test(projectId)) {
      throw new Error(
        `SANITY_STUDIO_PROJECT_ID "${projectId}" is not a Sanity project id (lower-case letters, digits, dashes)`,
      );
    }
    return { kind: 'hosted', projectId, dataset: clean(env.SANITY_STUDIO_DATASET) ?? 'production' };
  }
  const apiHost = (clean(env.SANITY_STUDIO_LAKE_URL) ?? DEFAULT_LAKE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(apiHost)) {
    throw new Error(`SANITY_STUDIO_LAKE_URL "${apiHost}" must be a bare origin such as ${DEFAULT_LAKE_URL}`);
  }
  return { kind: 'local', projectId: LOCAL_PROJECT_ID, dataset: 'production', apiHost };
}

// Written out variable by variable: the Studio's bundler replaces each `process.env.SANITY_STUDIO_*` literally.
export const backend: StudioBackend = resolveBackend({
  SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID,
  SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET,
  SANITY_STUDIO_LAKE_URL: process.env.SANITY_STUDIO_LAKE_URL,
});
