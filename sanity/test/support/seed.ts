// The seed dataset's file as written (`_sanityAsset` pointers and all), for tests of the file itself. The dataset as
// an import leaves it (assets uploaded, image fields pointing at them) is the lake's own reading of the file:
// `loadSeedDataset` from @clinic/content/testing/seed-dataset.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

export type SeedDocument = { _id: string; _type: string } & Record<string, unknown>;

export function readSeedDocuments(): SeedDocument[] {
  return readFileSync(`${SEED_DIR}production.ndjson`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const document = JSON.parse(line) as SeedDocument;
      if (typeof document._id !== 'string' || typeof document._type !== 'string') {
        throw new Error(`Line ${index + 1} of production.ndjson has no _id or _type`);
      }
      return document;
    });
}

export function assetFilePath(pointer: string): string {
  const match = /^image@file:\/\/\.\/(images\/[\w.-]+\.png)$/.exec(pointer);
  if (!match) throw new Error(`Unexpected _sanityAsset pointer ${pointer}`);
  return `${SEED_DIR}${match[1]}`;
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    Object.values(value).forEach((child) => walk(child, visit));
  }
}

/** Every object in a document that has the given key (e.g. all `_ref` or `_sanityAsset` holders). */
export function objectsWithKey(document: unknown, key: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(document, (node) => {
    if (key in node) found.push(node);
  });
  return found;
}
