// The medical-content check, runnable against any dataset: npm run check:content [-- --file <export.ndjson>].
// Prints one line per finding and exits 1 when any is an error. See contentCheck/source.ts for the configuration.
import { checkContent } from '../contentCheck/rules.ts';
import { describeSource, loadDocuments, resolveSource } from '../contentCheck/source.ts';

try {
  const source = resolveSource(process.argv.slice(2), process.env);
  const documents = await loadDocuments(source);
  const findings = checkContent(documents);
  for (const finding of findings) {
    console.log(
      `${finding.level.padEnd(7)} ${finding.rule.padEnd(17)} ${finding.documentId}: ${finding.message}`,
    );
  }
  const errors = findings.filter((finding) => finding.level === 'error').length;
  console.log(
    `Checked ${documents.length} documents from the ${describeSource(source)}: ${errors} errors, ${findings.length - errors} warnings.`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`check:content: ${(error as Error).message}`);
  process.exitCode = 2;
}
