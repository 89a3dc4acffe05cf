// Identifiers in the formats Sanity uses: revisions/transaction ids and the id prefixes of drafts and versions.
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 22 random alphanumerics, like Sanity's `_rev` and transaction ids. */
export function newRevision(): string {
  const bytes = randomBytes(22);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

export const DRAFTS_PREFIX = 'drafts.';
export const VERSIONS_PREFIX = 'versions.';

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX);
}

export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX);
}

/** `drafts.x` → `x`, `versions.release.x` → `x`, anything else unchanged. */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length);
  if (isVersionId(id)) {
    const rest = id.slice(VERSIONS_PREFIX.length);
    const dot = rest.indexOf('.');
    return dot === -1 ? rest : rest.slice(dot + 1);
  }
  return id;
}

/** The release name of a `versions.<release>.<id>` id, else undefined. */
export function releaseOf(id: string): string | undefined {
  if (!isVersionId(id)) return undefined;
  const rest = id.slice(VERSIONS_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot === -1 ? undefined : rest.slice(0, dot);
}
