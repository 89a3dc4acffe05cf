// Loads a dataset in the format `sanity dataset import` reads: one JSON document per line, with asset fields
// written as `{"_sanityAsset": "image@file://./images/x.png", ...}` relative to the NDJSON file.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeAsset, writeAssetFile, type AssetKind, type DescribedAsset } from './assets.ts';
import type { DocumentStore } from './document-store.ts';
import { documentIdProblem, newRevision } from './ids.ts';
import type { SanityDocument } from './types.ts';

export interface ImportOptions {
  dataDir: string;
  dataset: string;
  baseUrl: string;
  author?: string;
  /** Runs inside the same SQLite transaction as the import (e.g. to mark the seed as loaded). */
  alsoInTransaction?: () => void;
}

export class ImportError extends Error {}

/** An import file read into documents: asset fields point at asset documents, whose bytes come along. */
export interface ImportFileContents {
  /** The file's documents in order, each `_sanityAsset` field replaced by an `asset` reference. */
  documents: Record<string, unknown>[];
  /** One entry per distinct asset the documents use: its asset document and the bytes to store. */
  assets: (DescribedAsset & { kind: AssetKind; data: Buffer })[];
}

/**
 * Reads an NDJSON file as `sanity dataset import` does, without storing anything: every line a JSON object with a
 * `_type` and a valid `_id` (if any), and every `{"_sanityAsset": "image@file://./x.png"}` (relative to the file)
 * or `file@file:///abs/path` turned into an `asset` reference to the asset document Sanity would create for those
 * bytes (`describeAsset`). Throws ImportError naming the file and line of the first problem.
 */
export async function readImportFile(
  file: string,
  options: Pick<ImportOptions, 'dataset' | 'baseUrl'>,
): Promise<ImportFileContents> {
  const raw = parseLines(fs.readFileSync(file, 'utf8'), file);
  const assets = new Map<string, ImportFileContents['assets'][number]>();

  const resolveAsset = async (spec: string): Promise<string> => {
    const known = assets.get(spec);
    if (known) return known.document._id;
    const match = /^(image|file)@(.+)$/.exec(spec);
    if (!match)
      throw new ImportError(`Unsupported _sanityAsset "${spec}" (expected image@file://… or file@file://…)`);
    const kind = match[1] as AssetKind;
    const location = match[2] as string;
    if (!location.startsWith('file://')) {
      throw new ImportError(
        `Asset "${spec}" is not a local file; the lake works offline and cannot download it`,
      );
    }
    const assetPath = location.startsWith('file://./')
      ? path.resolve(path.dirname(file), location.slice('file://'.length))
      : fileURLToPath(location);
    if (!fs.existsSync(assetPath))
      throw new ImportError(`Asset file not found: ${assetPath} (from "${spec}")`);
    const data = fs.readFileSync(assetPath);
    const described = await describeAsset(kind, data, {
      originalFilename: path.basename(assetPath),
      baseUrl: options.baseUrl,
      dataset: options.dataset,
    });
    assets.set(spec, { ...described, kind, data });
    return described.document._id;
  };

  const documents: Record<string, unknown>[] = [];
  for (const doc of raw)
    documents.push((await replaceAssetFields(doc, resolveAsset)) as Record<string, unknown>);
  return { documents, assets: uniqueById([...assets.values()]) };
}

/** Imports an NDJSON file into `store` in one transaction, storing its assets first. Returns the document count. */
export async function importNdjsonFile(
  store: DocumentStore,
  file: string,
  options: ImportOptions,
): Promise<number> {
  const { documents, assets } = await readImportFile(file, options);
  for (const asset of assets) writeAssetFile(options.dataDir, asset.kind, asset.fileName, asset.data);

  const now = new Date().toISOString();
  const txId = newRevision();
  const finalize = (doc: Record<string, unknown>): SanityDocument => ({
    ...doc,
    _id: typeof doc._id === 'string' ? doc._id : randomUUID(),
    _type: doc._type as string,
    _rev: txId,
    _createdAt: typeof doc._createdAt === 'string' ? doc._createdAt : now,
    _updatedAt: typeof doc._updatedAt === 'string' ? doc._updatedAt : now,
  });
  const all = [...assets.map((asset) => asset.document), ...documents].map(finalize);
  store.commit((current) => {
    options.alsoInTransaction?.();
    return {
      id: txId,
      timestamp: now,
      author: options.author ?? 'import',
      changes: all.map((doc) => ({ id: doc._id, before: current(doc._id) ?? null, after: doc })),
      mutations: [{ import: pathToFileURL(file).href, documents: all.length }],
    };
  });
  return all.length;
}

/** Two specs (e.g. `./a.png` and `file:///…/a.png`) may name the same bytes: one asset document each. */
function uniqueById<T extends { document: { _id: string } }>(assets: T[]): T[] {
  return [...new Map(assets.map((asset) => [asset.document._id, asset])).values()];
}

function parseLines(text: string, file: string): Record<string, unknown>[] {
  const documents: Record<string, unknown>[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ImportError(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ImportError(`${file}:${index + 1}: expected a JSON object`);
    }
    const doc = value as Record<string, unknown>;
    if (typeof doc._type !== 'string' || doc._type === '') {
      throw new ImportError(`${file}:${index + 1}: document ${String(doc._id ?? '(no _id)')} has no _type`);
    }
    const idProblem = doc._id === undefined ? undefined : documentIdProblem(doc._id);
    if (idProblem) throw new ImportError(`${file}:${index + 1}: ${idProblem}`);
    documents.push(doc);
  });
  return documents;
}

async function replaceAssetFields(
  value: unknown,
  resolveAsset: (spec: string) => Promise<string>,
): Promise<unknown> {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) out.push(await replaceAssetFields(item, resolveAsset));
    return out;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof child === 'string') {
      out.asset = { _type: 'reference', _ref: await resolveAsset(child) };
    } else {
      out[key] = await replaceAssetFields(child, resolveAsset);
    }
  }
  return out;
}
