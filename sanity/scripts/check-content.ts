// The medical-content check, runnable against any dataset: npm run check:content [-- --file <export.ndjson>].
// Prints one line per finding (each article's reading grade among them) and exits 1 when any is an error. See contentCheck/source.ts for the configuration.
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
  const count = (level: string) => findings.filter((finding) => finding.level === level).length;
  const errors = count('error');
  console.log(
    `Checked ${documents.length} documents from the ${describeSource(source)}: ${errors} errors, ${count('warning')} warnings.`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`check:content: ${(error as Error).message}`);
  process.exitCode = 2;
}
