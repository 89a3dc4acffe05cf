import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serverEnv } from '@/env/server';

/**
 * The token that may read drafts. A hosted project needs SANITY_API_READ_TOKEN (a Viewer token). The local lake
 * has one editor token: LOCAL_LAKE_TOKEN, or the one it generated in its data folder on first start (the same
 * rule the lake itself follows; the folder is relative to the repository root, as in the lake).
 *
 * Read on demand, not at start-up: the lake may create its token after the site started.
 */
export function draftReadToken(): string | null {
  if (serverEnv.readToken) return serverEnv.readToken;
  if (!serverEnv.isLocalLake) return null;
  const fromEnv = process.env.LOCAL_LAKE_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  // A runtime path outside the app: the ignore comments keep the bundler from tracing the whole repository.
  const repoRoot = path.resolve(/*turbopackIgnore: true*/ process.cwd(), '..', '..');
  const dataDir = path.resolve(/*turbopackIgnore: true*/ repoRoot, process.env.LOCAL_LAKE_DATA_DIR?.trim() || '.data/lake');
  try {
    return readFileSync(/*turbopackIgnore: true*/ path.join(dataDir, 'token'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
