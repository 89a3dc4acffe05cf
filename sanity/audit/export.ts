// `npm run audit:export -- [--since DATE] [--format csv|ndjson]`: the audit trail (audit/trail.ts) of the local
// lake or a hosted project, printed oldest first. Where it reads from is chosen as for check:content
// (contentCheck/source.ts); reading history needs a token: the lake's own (LOCAL_LAKE_TOKEN or `<data>/token`),
// or SANITY_API_READ_TOKEN for a hosted project.
import { createClient, type SanityClient } from '@sanity/client';
import { lakeClientConfig, lakeSettings } from '@clinic/local-lake/settings';
import { stringify } from 'csv-stringify/sync';
import { resolveSource, type Env } from '../contentCheck/source.ts';
import type { AuditEntry } from './trail.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

export const AUDIT_FORMATS = ['csv', 'ndjson'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** The CSV's columns, in order: every field of an entry. */
export const AUDIT_COLUMNS: readonly (keyof AuditEntry)[] = [
  'at',
  'action',
  'documentType',
  'documentId',
  'language',
  'title',
  'userId',
  'userName',
  'personId',
  'reason',
  'revision',
  'clinicalFingerprint',
];

export class UsageError extends Error {}

/** `--since DATE` and `--format csv|ndjson` from the arguments; throws UsageError on anything else. */
export function parseExportArguments(args: readonly string[]): { since?: string; format: AuditFormat } {
  let since: string | undefined;
  let format: AuditFormat = 'csv';
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    const value = args[index + 1];
    if (argument === '--since') {
      if (!value || Number.isNaN(Date.parse(value)))
        throw new UsageError('--since needs a date, e.g. --since 2026-01-31 or --since 2026-01-31T12:00:00Z');
      since = value;
      index++;
    } else if (argument === '--format') {
      if (!(AUDIT_FORMATS as readonly string[]).includes(value ?? ''))
        throw new UsageError(`--format is one of ${AUDIT_FORMATS.join(', ')}`);
      format = value as AuditFormat;
      index++;
    } else {
      throw new UsageError(
        `Unknown argument "${argument}". Usage: npm run audit:export -- [--since DATE] [--format csv|ndjson]`,
      );
    }
  }
  return { ...(since ? { since } : {}), format };
}

/** The entries as CSV (header row, RFC 4180 quoting) or NDJSON (one JSON object a line). */
export function formatEntries(entries: readonly AuditEntry[], format: AuditFormat): string {
  if (format === 'ndjson') return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  return stringify(
    entries.map((entry) => AUDIT_COLUMNS.map((column) => entry[column] ?? '')),
    { header: true, columns: [...AUDIT_COLUMNS] },
  );
}

/** A client that may read history, for the source the environment names (see the file comment). */
export function auditClient(env: Env): { client: SanityClient; description: string } {
  const source = resolveSource([], env);
  if (source.kind === 'hosted') {
    if (!source.token) throw new UsageError("Reading a hosted project's history needs SANITY_API_READ_TOKEN");
    return {
      client: createClient({
        apiVersion: SANITY_API_VERSION,
        useCdn: false,
        projectId: source.projectId,
        dataset: source.dataset,
        token: source.token,
      }),
      description: `hosted project ${source.projectId}, dataset ${source.dataset}`,
    };
  }
  if (source.kind !== 'lake')
    throw new UsageError('The audit reads history: give a lake or a hosted project');
  const token = env.LOCAL_LAKE_TOKEN?.trim() || lakeSettings(env as NodeJS.ProcessEnv).token;
  if (!token)
    throw new UsageError(
      'No lake token: set LOCAL_LAKE_TOKEN, or start the lake once so it writes <data>/token',
    );
  return {
    client: createClient({ ...lakeClientConfig(source.url), apiVersion: SANITY_API_VERSION, token }),
    description: `local lake at ${source.url}`,
  };
}
