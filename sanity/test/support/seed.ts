// Reads the seed dataset and resolves its `_sanityAsset` pointers the way `sanity dataset import` does: the file's
// SHA-1 and pixel size become an asset id `image-<sha1>-<w>x<h>-png`, and a `sanity.imageAsset` document is added.
import { createHash } from 'node:crypto';
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

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('ascii', 1, 4) !== 'PNG') throw new Error('Seed images must be PNG files');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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

/** The documents as they exist after an import: assets uploaded and image fields pointing at them. */
export function importSeedDocuments(): SeedDocument[] {
  const documents = structuredClone(readSeedDocuments());
  const assets = new Map<string, SeedDocument>();
  for (const holder of documents.flatMap((document) => objectsWithKey(document, '_sanityAsset'))) {
    const path = assetFilePath(String(holder._sanityAsset));
    const bytes = readFileSync(path);
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const { width, height } = pngSize(bytes);
    const assetId = `image-${sha1}-${width}x${height}-png`;
    assets.set(assetId, {
      _id: assetId,
      _type: 'sanity.imageAsset',
      sha1hash: sha1,
      extension: 'png',
      mimeType: 'image/png',
      size: bytes.length,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width, height },
      },
    });
    delete holder._sanityAsset;
    holder.asset = { _type: 'reference', _ref: assetId };
  }
  return [...documents, ...assets.values()];
}
