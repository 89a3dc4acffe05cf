// Test support: the sample dataset from sanity/seed/ as the Content Lake would hold it after `sanity dataset
// import`, for running the real GROQ queries in memory with groq-js. Image fields in the import format carry
// `_sanityAsset: "image@file://./images/x.png"`; the import turns them into asset documents with their
// dimensions, and that is what happens here too (PNG only, which is what the seed ships).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type SeedDocument = { _id: string; _type: string; [field: string]: unknown };

const here = dirname(fileURLToPath(import.meta.url));
export const SEED_FILE = resolve(here, '../../../../sanity/seed/production.ndjson');

function pngDimensions(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('seed image is not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function importAssets(value: unknown, seedDir: string, assets: Map<string, SeedDocument>): unknown {
  if (Array.isArray(value)) return value.map((item) => importAssets(item, seedDir, assets));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(
    ([key, inner]) => [key, importAssets(inner, seedDir, assets)] as const,
  );
  const object: Record<string, unknown> = Object.fromEntries(entries);
  const source = object._sanityAsset;
  if (typeof source !== 'string') return object;

  const match = /^image@file:\/\/(.+)$/.exec(source);
  if (!match) throw new Error(`unsupported asset in seed: ${source}`);
  const bytes = readFileSync(resolve(seedDir, match[1] as string));
  const { width, height } = pngDimensions(bytes);
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const assetId = `image-${sha1}-${width}x${height}-png`;
  assets.set(assetId, {
    _id: assetId,
    _type: 'sanity.imageAsset',
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: 'data:image/png;base64,iVBORw0KGgo=',
    },
  });
  delete object._sanityAsset;
  return { ...object, asset: { _type: 'reference', _ref: assetId } };
}

// The import stamps system fields the NDJSON does not carry.
const IMPORT_TIMESTAMPS = {
  _createdAt: '2026-01-05T10:00:00Z',
  _updatedAt: '2026-01-05T10:00:00Z',
  _rev: 'seed',
};

/** Every seed document plus the image asset documents the import would create. */
export function loadSeedDataset(file: string = SEED_FILE): SeedDocument[] {
  const seedDir = dirname(file);
  const assets = new Map<string, SeedDocument>();
  const documents = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({
      ...IMPORT_TIMESTAMPS,
      ...(importAssets(JSON.parse(line), seedDir, assets) as SeedDocument),
    }));
  return [...documents, ...assets.values()];
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
