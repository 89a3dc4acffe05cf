// Loads a dataset in the format `sanity dataset import` reads: one JSON document per line, with asset fields
// written as `{"_sanityAsset": "image@file://./images/x.png", ...}` relative to the NDJSON file.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { storeAsset, type AssetKind } from './assets.ts';
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

export async function importNdjsonFile(
  store: DocumentStore,
  file: string,
  options: ImportOptions,
): Promise<number> {
  const text = fs.readFileSync(file, 'utf8');
  const raw = parseLines(text, file);
  const assetCache = new Map<string, string>();
  const assetDocuments = new Map<string, Record<string, unknown> & { _id: string; _type: string }>();

  const resolveAsset = async (spec: string): Promise<string> => {
    const cached = assetCache.get(spec);
    if (cached) return cached;
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
    const stored = await storeAsset(options.dataDir, kind, fs.readFileSync(assetPath), {
      originalFilename: path.basename(assetPath),
      baseUrl: options.baseUrl,
      dataset: options.dataset,
    });
    assetDocuments.set(stored.document._id, stored.document);
    assetCache.set(spec, stored.document._id);
    return stored.document._id;
  };

  const documents: Record<string, unknown>[] = [];
  for (const doc of raw)
    documents.push((await replaceAssetFields(doc, resolveAsset)) as Record<string, unknown>);

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
  const all = [...assetDocuments.values(), ...documents].map(finalize);
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
