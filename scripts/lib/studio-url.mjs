// The Studio URL that logs an editor in to the local lake: the Studio reads `#token=` on load.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './lake-process.mjs';

export async function studioLoginUrl(env = process.env) {
  const base = env.SANITY_STUDIO_URL ?? 'http://localhost:3333';
  const token = env.LOCAL_LAKE_TOKEN ?? (await readStoredToken(env));
  return token ? `${base}/#token=${token}` : `${base} (no lake token found yet)`;
}

async function readStoredToken(env) {
  const dataDir = path.resolve(repoRoot, env.LOCAL_LAKE_DATA_DIR ?? '.data/lake');
  try {
    return (await readFile(path.join(dataDir, 'token'), 'utf8')).trim();
  } catch {
    return null;
  }
}
