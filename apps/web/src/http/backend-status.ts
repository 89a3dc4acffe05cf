import { sanityClient } from '@/content-client/client';

/** How long one answer about the content backend is trusted, in ms, so a busy site asks it at most this often. */
const REMEMBER_MS = 10_000;
/** How long the backend may take to answer a trivial query before it counts as down, in ms. */
const TIMEOUT_MS = 2_000;

let known: { up: boolean; until: number } | null = null;

/**
 * Whether the content backend (hosted Content Lake or the local lake) answers a trivial query within two
 * seconds. The answer is remembered ten seconds in this server process. Never throws.
 */
export async function contentBackendIsUp(now: number = Date.now()): Promise<boolean> {
  if (known && now < known.until) return known.up;
  let up: boolean;
  try {
    up = (await sanityClient.fetch<number>('1', {}, { cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) })) === 1;
  } catch {
    up = false;
  }
  known = { up, until: now + REMEMBER_MS };
  return up;
}
