// Reads docs/content-model.md, the contract every layer follows, so that tests compare the Studio schema with what
// the document says rather than with a copy of it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CONTENT_MODEL = fileURLToPath(new URL('../../../docs/content-model.md', import.meta.url));

/** The text of the `## <title>` section, up to the next `## ` heading. Throws when there is no such section. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`docs/content-model.md has no "## ${title}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

/** The names in the first cell of each body row of the first table in `text`: "| `a`, `b` | …" gives a, b. */
function firstColumnNames(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  // The first row is the header, the second the `| --- |` separator.
  const rows = lines.slice(start + 2, end === -1 ? undefined : end);
  return rows.flatMap((row) => {
    const firstCell = row.split('|')[1] ?? '';
    return [...firstCell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
  });
}

/**
 * The field names of each document type, as the tables under "## Document types" list them: a `### \`type\``
 * heading, then a table whose first column names one field per row (or several, "`userId`, `userName`"), in the
 * order the Studio shows them. Keys are in the order of the document. Throws when a type's section has no table.
 */
export function documentFieldsOfContentModel(
  markdown = readFileSync(CONTENT_MODEL, 'utf8'),
): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const part of section(markdown, 'Document types').split('\n### ').slice(1)) {
    const type = /^`([^`]+)`/.exec(part)?.[1];
    if (!type) throw new Error(`a heading under "Document types" names no type: ### ${part.split('\n')[0]}`);
    const fields = firstColumnNames(part);
    if (fields.length === 0)
      throw new Error(`the section of "${type}" in docs/content-model.md has no field table`);
    types.set(type, fields);
  }
  return types;
}
