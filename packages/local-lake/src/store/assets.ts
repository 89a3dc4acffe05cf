// Asset files: stored once per content hash in the data folder, described by `sanity.imageAsset` /
// `sanity.fileAsset` documents with the ids Sanity uses (`image-<sha1>-<w>x<h>-<ext>`, `file-<sha1>-<ext>`).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PROJECT_ID } from '../config.ts';

export type AssetKind = 'image' | 'file';

export interface StoredAsset {
  /** The asset document to store (without `_rev`, `_createdAt`, `_updatedAt`). */
  document: Record<string, unknown> & { _id: string; _type: string };
}

export interface DescribedAsset extends StoredAsset {
  /** Where the bytes belong in the data folder, relative to `assetDir(dataDir, kind)`. */
  fileName: string;
}

export interface AssetOptions {
  originalFilename?: string;
  /** The lake's own address, for the asset's `url`. */
  baseUrl: string;
  dataset: string;
  contentType?: string;
}

/**
 * The image formats the lake stores, by the name sharp gives each (`metadata().format`, `toFormat()`): the file
 * extension it is stored under and its media type. The image API's output formats read their media type here too.
 */
export const IMAGE_FORMATS: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
  avif: { ext: 'avif', mime: 'image/avif' },
  heif: { ext: 'avif', mime: 'image/avif' },
  tiff: { ext: 'tiff', mime: 'image/tiff' },
  svg: { ext: 'svg', mime: 'image/svg+xml' },
};

const FILE_MIME: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  json: 'application/json',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
  csv: 'text/csv',
};

/**
 * The media type to serve a stored asset file with, from its extension (`jpg`, `pdf`, ...); text gets its charset.
 * `application/octet-stream` for an extension the lake does not store.
 */
export function mimeOfExtension(ext: string): string {
  const mime =
    Object.values(IMAGE_FORMATS).find((format) => format.ext === ext)?.mime ??
    FILE_MIME[ext] ??
    'application/octet-stream';
  return mime.startsWith('text/') ? `${mime}; charset=utf-8` : mime;
}

export function assetDir(dataDir: string, kind: AssetKind): string {
  return path.join(dataDir, 'assets', kind === 'image' ? 'images' : 'files');
}

/** Absolute path of a served asset file name (`<sha1>-<w>x<h>.<ext>` or `<sha1>.<ext>`), or null if unsafe. */
export function assetFilePath(dataDir: string, kind: AssetKind, fileName: string): string | null {
  if (!/^[a-f0-9]{40}(-\d+x\d+)?\.[a-z0-9]+$/.test(fileName)) return null;
  return path.join(assetDir(dataDir, kind), fileName);
}

/**
 * Stores `data` once per content hash in the data folder and returns its asset document.
 * Throws AssetError when an image cannot be read or its format is not one Sanity accepts.
 */
export async function storeAsset(
  dataDir: string,
  kind: AssetKind,
  data: Buffer,
  options: AssetOptions,
): Promise<StoredAsset> {
  const described = await describeAsset(kind, data, options);
  writeAssetFile(dataDir, kind, described.fileName, data);
  return { document: described.document };
}

/** Writes an asset's bytes under the name `describeAsset` gave them, once: the same hash means the same bytes. */
export function writeAssetFile(dataDir: string, kind: AssetKind, fileName: string, data: Buffer): void {
  const file = path.join(assetDir(dataDir, kind), fileName);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}

/**
 * The asset document Sanity would make for `data` (id from the SHA-1 and, for images, the displayed size and
 * format; metadata with dimensions and a low-quality placeholder), without storing anything.
 * Throws AssetError when an image cannot be read or its format is not one Sanity accepts.
 */
export async function describeAsset(
  kind: AssetKind,
  data: Buffer,
  options: AssetOptions,
): Promise<DescribedAsset> {
  const sha1 = createHash('sha1').update(data).digest('hex');
  const common = {
    assetId: sha1,
    sha1hash: sha1,
    size: data.length,
    originalFilename: options.originalFilename,
    uploadId: sha1.slice(0, 32),
  };
  if (kind === 'image') {
    const image = sharp(data);
    const meta = await image.metadata().catch((error: Error) => {
      throw new AssetError(`Not a readable image: ${error.message}`);
    });
    const format = IMAGE_FORMATS[meta.format ?? ''];
    if (!format || !meta.width || !meta.height)
      throw new AssetError(`Unsupported image format "${meta.format}"`);
    // EXIF-rotated images report their displayed size, as Sanity does.
    const rotated = (meta.orientation ?? 1) >= 5;
    const width = rotated ? meta.height : meta.width;
    const height = rotated ? meta.width : meta.height;
    const fileName = `${sha1}-${width}x${height}.${format.ext}`;
    const assetPath = `images/${PROJECT_ID}/${options.dataset}/${fileName}`;
    return {
      fileName,
      document: {
        _id: `image-${sha1}-${width}x${height}-${format.ext}`,
        _type: 'sanity.imageAsset',
        ...common,
        extension: format.ext,
        mimeType: format.mime,
        path: assetPath,
        url: `${options.baseUrl}/${assetPath}`,
        metadata: {
          _type: 'sanity.imageMetadata',
          dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
          hasAlpha: meta.hasAlpha ?? false,
          isOpaque: !(meta.hasAlpha ?? false),
          lqip: format.ext === 'svg' ? undefined : await lowQualityPlaceholder(data),
        },
      },
    };
  }
  const ext = extensionOf(options.originalFilename) ?? 'bin';
  const fileName = `${sha1}.${ext}`;
  const assetPath = `files/${PROJECT_ID}/${options.dataset}/${fileName}`;
  return {
    fileName,
    document: {
      _id: `file-${sha1}-${ext}`,
      _type: 'sanity.fileAsset',
      ...common,
      extension: ext,
      mimeType: options.contentType ?? FILE_MIME[ext] ?? 'application/octet-stream',
      path: assetPath,
      url: `${options.baseUrl}/${assetPath}`,
    },
  };
}

export class AssetError extends Error {}

function extensionOf(fileName: string | undefined): string | undefined {
  const match = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName) : null;
  return match?.[1]?.toLowerCase();
}

/** A ~20px wide blurred JPEG as a data URL, the placeholder Sanity puts in `metadata.lqip`. */
async function lowQualityPlaceholder(data: Buffer): Promise<string | undefined> {
  try {
    const small = await sharp(data).rotate().resize(20).jpeg({ quality: 40 }).toBuffer();
    return `data:image/jpeg;base64,${small.toString('base64')}`;
  } catch {
    return undefined;
  }
}
