// Writes the dataset back out in the format `sanity dataset import` (and this lake's seed loader) reads:
// NDJSON documents, asset fields as `_sanityAsset: "image@file://./images/<file>"`, asset files copied next to
// the NDJSON. Asset documents themselves are left out; an import recreates them from the files.
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { assetDir } from './assets.ts';
import { isDraftId, isVersionId } from './ids.ts';
import type { SanityDocument } from './types.ts';

export interface ExportOptions {
  dataDir: string;
  /** Leave out drafts and release versions. */
  publishedOnly?: boolean;
}

export interface ExportSummary {
  documents: number;
  assets: number;
}

const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset']);

export function exportNdjson(db: DatabaseSync, file: string, options: ExportOptions): ExportSummary {
  const rows = db.prepare('SELECT body FROM documents ORDER BY id').all() as Array<{ body: string }>;
  const all = rows.map((row) => JSON.parse(row.body) as SanityDocument);
  const assets = new Map(all.filter((doc) => ASSET_TYPES.has(doc._type)).map((doc) => [doc._id, doc]));
  const outDir = path.dirname(path.resolve(file));
  const copied = new Set<string>();

  const assetReference = (assetId: string): string | undefined => {
    const asset = assets.get(assetId);
    if (!asset || typeof asset.path !== 'string') return undefined;
    const kind = asset._type === 'sanity.imageAsset' ? 'image' : 'file';
    const fileName = path.basename(asset.path);
    const folder = kind === 'image' ? 'images' : 'files';
    if (!copied.has(assetId)) {
      fs.mkdirSync(path.join(outDir, folder), { recursive: true });
      fs.copyFileSync(
        path.join(assetDir(options.dataDir, kind), fileName),
        path.join(outDir, folder, fileName),
      );
      copied.add(assetId);
    }
    return `${kind}@file://./${folder}/${fileName}`;
  };

  const lines: string[] = [];
  for (const doc of all) {
    if (ASSET_TYPES.has(doc._type)) continue;
    // System documents (`_.groups.*`) belong to the project, not the content: `sanity dataset export` leaves them
    // out too (@sanity/export, src/filterDocuments.ts).
    if (doc._id.startsWith('_.')) continue;
    if (options.publishedOnly && (isDraftId(doc._id) || isVersionId(doc._id))) continue;
    lines.push(JSON.stringify(rewriteAssets(doc, assetReference)));
  }
  const temp = `${file}.tmp`;
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(temp, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  fs.renameSync(temp, file);
  return { documents: lines.length, assets: copied.size };
}

function rewriteAssets(value: unknown, reference: (assetId: string) => string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteAssets(item, reference));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const asset = record.asset as { _ref?: unknown } | undefined;
  const out: Record<string, unknown> = {};
  const spec = asset && typeof asset._ref === 'string' ? reference(asset._ref) : undefined;
  for (const [key, child] of Object.entries(record)) {
    if (spec && key === 'asset') out._sanityAsset = spec;
    else out[key] = rewriteAssets(child, reference);
  }
  return out;
}
