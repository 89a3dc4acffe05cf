// Prints the audit trail of health content: npm run audit:export -- [--since DATE] [--format csv|ndjson].
// The trail goes to standard output; the summary line to standard error, so the output stays a clean file.
import { auditClient, formatEntries, parseExportArguments, UsageError } from '../audit/export.ts';
import { fetchAuditTrail } from '../audit/trail.ts';

try {
  const { since, format } = parseExportArguments(process.argv.slice(2));
  const { client, description } = auditClient(process.env);
  const entries = await fetchAuditTrail(client, { since });
  process.stdout.write(formatEntries(entries, format));
  console.error(
    `audit:export: ${entries.length} entries from the ${description}${since ? ` since ${since}` : ''}.`,
  );
} catch (error) {
  console.error(`audit:export: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
