// Test support: the sample dataset from sanity/seed/ as the Content Lake holds it after `sanity dataset import`,
// for running the real GROQ queries in memory with groq-js. The lake's own import reader does the reading, so
// asset fields become the same asset documents (ids, dimensions, placeholders) as in a running lake.
import path from 'node:path';
import { DEFAULT_SEED_DIR, readImportFile } from '@clinic/local-lake/import';
import { lakeUrl, repoRoot, resolveOptions } from '@clinic/local-lake/settings';

export type SeedDocument = { _id: string; _type: string; [field: string]: unknown };

export const SEED_FILE = path.resolve(repoRoot, DEFAULT_SEED_DIR, 'production.ndjson');

// The import stamps system fields the NDJSON does not carry; fixed here so results do not depend on the clock.
const IMPORT_TIMESTAMPS = {
  _createdAt: '2026-01-05T10:00:00Z',
  _updatedAt: '2026-01-05T10:00:00Z',
  _rev: 'seed',
};

/** Every seed document plus the image asset documents the import creates. Throws ImportError on a bad line. */
export async function loadSeedDataset(file: string = SEED_FILE): Promise<SeedDocument[]> {
  const { documents, assets } = await readImportFile(file, {
    dataset: 'production',
    baseUrl: lakeUrl(resolveOptions({}, {})),
  });
  // Every seed document has an `_id` and a `_type`: the reader refused the file otherwise (no `_type`) and the
  // sample data gives every document a fixed id.
  const all = [...documents, ...assets.map((asset) => asset.document)] as SeedDocument[];
  return all.map((document) => ({ ...IMPORT_TIMESTAMPS, ...document }));
}

/** A deep copy of one seed document, to break in a test without touching the others. */
export function seedDocument(dataset: SeedDocument[], id: string): SeedDocument {
  const found = dataset.find((document) => document._id === id);
  if (!found) throw new Error(`no document ${id} in the seed dataset`);
  return structuredClone(found);
}

/** The dataset with some documents replaced (matched by _id) or added. */
export function withDocuments(dataset: SeedDocument[], ...replacements: SeedDocument[]): SeedDocument[] {
  const ids = new Set(replacements.map((document) => document._id));
  return [...dataset.filter((document) => !ids.has(document._id)), ...replacements];
}

/** A document's language as the queries read it: its `language` field, English when it has none. */
export const languageOfDocument = (document: SeedDocument): string =>
  typeof document.language === 'string' ? document.language : 'en';

/** True for a published-or-draft article in `language` (default English). */
export const isArticleIn = (document: SeedDocument, language = 'en'): boolean =>
  document._type === 'article' && languageOfDocument(document) === language;

/** `dataset` without the approval records (`medicalApproval`) of the document `id`: as if nobody had approved it. */
export function withoutApprovalsOf(dataset: SeedDocument[], id: string): SeedDocument[] {
  return dataset.filter(
    (document) =>
      document._type !== 'medicalApproval' ||
      (document.document as { _ref?: string } | undefined)?._ref !== id,
  );
}
