// Translates the image API parameters `@sanity/image-url` writes (w, h, fit, fm, auto=format, q, rect, dpr, blur,
// max-w/max-h/min-w/min-h, flip, bg) into a sharp pipeline.
import sharp from 'sharp';
import { IMAGE_FORMATS } from '../store/assets.ts';
import { HttpError } from './respond.ts';

export interface TransformResult {
  data: Buffer;
  contentType: string;
}

/** The image API's `fm` values and the sharp format each is encoded as; its media type is the stored format's. */
const OUTPUT_FORMATS: Record<string, keyof sharp.FormatEnum> = {
  jpg: 'jpeg',
  pjpg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
};

function outputFormat(format: keyof sharp.FormatEnum): { format: keyof sharp.FormatEnum; mime: string } {
  return { format, mime: IMAGE_FORMATS[format]!.mime };
}

const TRANSFORM_KEYS = [
  'w',
  'h',
  'fit',
  'fm',
  'auto',
  'q',
  'rect',
  'dpr',
  'blur',
  'max-w',
  'max-h',
  'min-w',
  'min-h',
  'flip',
  'bg',
  'crop',
  'or',
];

export function wantsTransform(search: URLSearchParams): boolean {
  return TRANSFORM_KEYS.some((key) => search.has(key));
}

export async function transformImage(
  source: Buffer,
  search: URLSearchParams,
  accept: string | undefined,
): Promise<TransformResult> {
  const meta = await sharp(source).metadata();
  let pipeline = sharp(source, { animated: false }).rotate();
  const dpr = clamp(number(search, 'dpr') ?? 1, 1, 3);

  const rect = search.get('rect');
  if (rect) pipeline = pipeline.extract(cropArea(rect, orientedSize(meta)));

  let width = scaled(pixels(search, 'w'), dpr);
  let height = scaled(pixels(search, 'h'), dpr);
  const maxW = pixels(search, 'max-w');
  const maxH = pixels(search, 'max-h');
  if (maxW !== undefined && (width === undefined || width > maxW)) width = maxW;
  if (maxH !== undefined && (height === undefined || height > maxH)) height = maxH;
  const minW = pixels(search, 'min-w');
  const minH = pixels(search, 'min-h');
  if (minW !== undefined && width !== undefined && width < minW) width = minW;
  if (minH !== undefined && height !== undefined && height < minH) height = minH;

  if (width !== undefined || height !== undefined) {
    const fit = search.get('fit') ?? 'clip';
    const background = parseBackground(search.get('bg'));
    const options: sharp.ResizeOptions = { width, height, background };
    switch (fit) {
      case 'clip':
        options.fit = 'inside';
        break;
      case 'max':
        options.fit = 'inside';
        options.withoutEnlargement = true;
        break;
      case 'min':
        options.fit = 'cover';
        options.withoutEnlargement = true;
        break;
      case 'crop':
        options.fit = 'cover';
        options.position = cropPosition(search.get('crop'));
        break;
      case 'fill':
      case 'fillmax':
        options.fit = 'contain';
        options.withoutEnlargement = fit === 'fillmax';
        break;
      case 'scale':
        options.fit = 'fill';
        break;
      default:
        throw new HttpError(400, `Unsupported fit "${fit}"`);
    }
    pipeline = pipeline.resize(options);
  }

  const blur = number(search, 'blur');
  if (blur !== undefined && blur > 0) pipeline = pipeline.blur(clamp(blur / 10, 0.3, 100));
  const flip = search.get('flip');
  if (flip === 'h' || flip === 'hv') pipeline = pipeline.flop();
  if (flip === 'v' || flip === 'hv') pipeline = pipeline.flip();

  const output = chooseFormat(search, accept, meta.format, outputPixels(orientedSize(meta), width, height));
  const quality = number(search, 'q');
  const formatOptions: Record<string, unknown> =
    quality !== undefined ? { quality: clamp(quality, 1, 100) } : {};
  if (search.get('fm') === 'pjpg') formatOptions.progressive = true;
  // AVIF's default effort spends minutes on a large image on this machine's CPUs; effort 2 keeps most of the
  // size gain for a fraction of the time.
  if (output.format === 'avif') formatOptions.effort = AVIF_EFFORT;
  pipeline = pipeline.toFormat(output.format, formatOptions);
  return { data: await pipeline.toBuffer(), contentType: output.mime };
}

/** sharp's AVIF encoder effort (0 fastest … 9 smallest); see formatOptions in transformImage. */
const AVIF_EFFORT = 2;

/**
 * The largest output, in pixels, that `auto=format` encodes as AVIF; a larger one becomes WebP, which encodes
 * several times faster at a similar size. 1,000,000 pixels is a 1000×1000 preview.
 */
export const AUTO_AVIF_MAX_PIXELS = 1_000_000;

/** The output's pixel count, from the source size and the requested box (aspect kept, as `fit=clip` does). */
function outputPixels(
  source: { width: number; height: number },
  width: number | undefined,
  height: number | undefined,
): number {
  if (!source.width || !source.height) return 0;
  const scale = Math.min(
    width === undefined ? Infinity : width / source.width,
    height === undefined ? Infinity : height / source.height,
  );
  const factor = Number.isFinite(scale) ? scale : 1;
  return Math.round(source.width * factor) * Math.round(source.height * factor);
}

function chooseFormat(
  search: URLSearchParams,
  accept: string | undefined,
  original: string | undefined,
  pixelCount: number,
) {
  const fm = search.get('fm');
  if (fm) {
    const chosen = OUTPUT_FORMATS[fm];
    if (!chosen) throw new HttpError(400, `Unsupported format "${fm}"`);
    return outputFormat(chosen);
  }
  if (search.get('auto') === 'format' && accept) {
    if (accept.includes('image/avif') && pixelCount <= AUTO_AVIF_MAX_PIXELS) return outputFormat('avif');
    if (accept.includes('image/webp')) return outputFormat('webp');
  }
  const same = original === 'jpeg' ? 'jpg' : original;
  return outputFormat(OUTPUT_FORMATS[same ?? ''] ?? 'png');
}

function cropPosition(crop: string | null): string {
  if (!crop || crop === 'center') return 'centre';
  if (crop === 'entropy') return sharp.strategy.entropy as unknown as string;
  const parts = crop.split(',').filter((part) => ['top', 'bottom', 'left', 'right'].includes(part));
  return parts.length > 0 ? parts.join(' ') : 'centre';
}

function parseBackground(bg: string | null): string | undefined {
  if (!bg) return undefined;
  return /^[0-9a-fA-F]{3,8}$/.test(bg) ? `#${bg}` : undefined;
}

function number(search: URLSearchParams, key: string): number | undefined {
  const raw = search.get(key);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new HttpError(400, `Invalid ${key}="${raw}"`);
  return value;
}

/** The largest output side the lake renders, in pixels (Sanity's image API caps sizes the same way). */
const MAX_SIDE = 8192;

/** A size parameter in whole pixels, 1..MAX_SIDE; 400 for zero, negative or non-numeric values. */
function pixels(search: URLSearchParams, key: string): number | undefined {
  const value = number(search, key);
  if (value === undefined) return undefined;
  if (value < 1)
    throw new HttpError(400, `Invalid ${key}="${search.get(key)}" (expected a size of at least 1 pixel)`);
  return Math.min(MAX_SIDE, Math.round(value));
}

function scaled(value: number | undefined, dpr: number): number | undefined {
  return value === undefined ? undefined : Math.max(1, Math.min(MAX_SIDE, Math.round(value * dpr)));
}

/** The image's size as displayed, after its EXIF orientation (which `.rotate()` applies first). */
function orientedSize(meta: sharp.Metadata): { width: number; height: number } {
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  return swapped ? { width: height, height: width } : { width, height };
}

/**
 * `rect=left,top,width,height` in whole pixels, clipped to the image as Sanity's image API does with a
 * rectangle reaching past an edge; 400 when it is malformed or lies outside the image.
 */
function cropArea(rect: string, size: { width: number; height: number }): sharp.Region {
  const parts = rect.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new HttpError(400, `Invalid rect "${rect}" (expected left,top,width,height)`);
  }
  const [left, top, width, height] = parts.map(Math.round) as [number, number, number, number];
  const area = {
    left,
    top,
    width: Math.min(width, size.width - left),
    height: Math.min(height, size.height - top),
  };
  if (area.width < 1 || area.height < 1) {
    throw new HttpError(
      400,
      `Invalid rect "${rect}": it selects no pixels of a ${size.width}×${size.height} image`,
    );
  }
  return area;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
