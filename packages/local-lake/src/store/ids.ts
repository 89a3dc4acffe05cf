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

/**
 * System documents (`_.groups.*`): the project's own records, readable with a user's token only. Sanity's anonymous
 * readers of a public dataset see documents in `path("*")`, which never includes them
 * (https://www.sanity.io/docs/access-control, "Documents in the `_.` path").
 */
export function isSystemId(id: string): boolean {
  return id.startsWith('_.');
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

/** Longest document id the Content Lake stores (the client refuses longer ones too). */
export const MAX_DOCUMENT_ID_LENGTH = 128;

/**
 * Why `id` is not a valid document id, or undefined when it is. The rules are Sanity's
 * (https://www.sanity.io/docs/ids): only `a-zA-Z0-9._-`; the id is a path of `.`-separated segments and no segment
 * starts with `-`; plus the ones `@sanity/client` checks before sending (`validateDocumentId`): it does not start
 * with `.`, has no `..`, and is at most 128 characters long.
 */
export function documentIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return 'a document id must be a non-empty string';
  if (id.length > MAX_DOCUMENT_ID_LENGTH)
    return `document id "${id.slice(0, 40)}…" is longer than ${MAX_DOCUMENT_ID_LENGTH} characters`;
  if (!/^[A-Za-z0-9._-]+$/.test(id))
    return `document id "${id}" may only contain the characters a-z, A-Z, 0-9, ".", "_" and "-"`;
  if (id.startsWith('.') || id.includes('..')) return `document id "${id}" has an empty path segment`;
  if (/(^|\.)-/.test(id)) return `document id "${id}" has a path segment starting with "-"`;
  return undefined;
}
