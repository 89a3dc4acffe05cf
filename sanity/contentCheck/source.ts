// Where the content check reads documents from: an NDJSON export file, the local lake, or a hosted dataset, read
// through @sanity/client. Configuration comes from the environment, like the site's own:
//   --file <path>                          an export such as seed/production.ndjson
//   SANITY_PROJECT_ID / NEXT_PUBLIC_SANITY_PROJECT_ID   a hosted project (dataset: SANITY_DATASET or
//                                          NEXT_PUBLIC_SANITY_DATASET, default production; SANITY_API_READ_TOKEN
//                                          for private datasets)
//   otherwise                              the local lake at LOCAL_LAKE_URL, or http://127.0.0.1:$LOCAL_LAKE_PORT (3900)
import { createClient, type SanityClient } from '@sanity/client';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckedDocument } from './rules.ts';
import { DEFAULT_PORT, lakeClientConfig } from '@clinic/local-lake/settings';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

export type Env = Record<string, string | undefined>;

/** Published documents of the types the rules read. Drafts are not what visitors see, so they are left out. */
export const CHECKED_DOCUMENTS_QUERY =
  '*[_type in ["article", "benefit", "person", "siteSettings", "clinic", "translation.metadata", "medicalApproval"] && !(_id in path("drafts.**"))]';

export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'hosted'; projectId: string; dataset: string; token?: string }
  | { kind: 'lake'; url: string };

const clean = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Chooses the source from command-line arguments and environment variables (see the file header). */
export function resolveSource(args: string[], env: Env): Source {
  const fileIndex = args.indexOf('--file');
  if (fileIndex !== -1) {
    const path = args[fileIndex + 1];
    if (!path) throw new Error('--file needs a path, e.g. --file sanity/seed/production.ndjson');
    // npm runs workspace scripts in the workspace folder; a relative path means the folder the user typed it in.
    return { kind: 'file', path: resolve(env.INIT_CWD ?? process.cwd(), path) };
  }
  const projectId = clean(env.SANITY_PROJECT_ID) ?? clean(env.NEXT_PUBLIC_SANITY_PROJECT_ID);
  if (projectId) {
    const dataset = clean(env.SANITY_DATASET) ?? clean(env.NEXT_PUBLIC_SANITY_DATASET) ?? 'production';
    const token = clean(env.SANITY_API_READ_TOKEN);
    return { kind: 'hosted', projectId, dataset, ...(token ? { token } : {}) };
  }
  const url = clean(env.LOCAL_LAKE_URL) ?? `http://127.0.0.1:${clean(env.LOCAL_LAKE_PORT) ?? DEFAULT_PORT}`;
  return { kind: 'lake', url: url.replace(/\/+$/, '') };
}

/** The @sanity/client for a lake or hosted source; the local lake answers the same HTTP API without a project host. */
export function clientFor(source: Exclude<Source, { kind: 'file' }>): SanityClient {
  const common = { apiVersion: SANITY_API_VERSION, useCdn: false, perspective: 'published' as const };
  return source.kind === 'lake'
    ? createClient({ ...common, ...lakeClientConfig(source.url) })
    : createClient({ ...common, projectId: source.projectId, dataset: source.dataset, token: source.token });
}

export function describeSource(source: Source): string {
  if (source.kind === 'file') return `file ${source.path}`;
  if (source.kind === 'lake') return `local lake at ${source.url}`;
  return `hosted project ${source.projectId}, dataset ${source.dataset}`;
}

/** Reads the documents to check. Errors name the source, so a lake that is not running is easy to spot. */
export async function loadDocuments(source: Source): Promise<CheckedDocument[]> {
  if (source.kind === 'file') {
    return readFileSync(source.path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as CheckedDocument);
  }
  try {
    return await clientFor(source).fetch<CheckedDocument[]>(CHECKED_DOCUMENTS_QUERY);
  } catch (error) {
    const hint =
      source.kind === 'lake' ? ' (start it with `npm run lake`, or pass --file <export.ndjson>)' : '';
    throw new Error(`could not read the ${describeSource(source)}${hint}: ${(error as Error).message}`);
  }
}
