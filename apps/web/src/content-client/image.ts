import { createImageUrlBuilder } from '@sanity/image-url';
import { publicEnv } from '@/env/public';

/**
 * Image URLs point at `/cdn/images/…` on the site itself; a route handler (`app/cdn/images/[...path]`) passes
 * them on to Sanity's CDN or the local lake. The image service resizes (`w`, `h`, `rect`, `q`, `auto=format`), so
 * no Next.js optimizer is involved.
 */
export const IMAGE_BASE_PATH = '/cdn';

const builder = createImageUrlBuilder({
  projectId: publicEnv.projectId,
  dataset: publicEnv.dataset,
  baseUrl: IMAGE_BASE_PATH,
});

/** The subset of an image record the URL builder needs (a validated `SanityImage` fits). */
export interface ImageSource {
  asset: { _ref: string };
  hotspot?: { x: number; y: number; height: number; width: number } | null | undefined;
  crop?: { top: number; bottom: number; left: number; right: number } | null | undefined;
}

/** A size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

export function imageUrlBuilder(image: ImageSource) {
  return builder.image(image as Parameters<typeof builder.image>[0]);
}

/** Width and height encoded in an asset id (`image-<sha1>-<w>x<h>-<ext>`), for images that carry no metadata. */
export function dimensionsFromAssetRef(ref: string): PixelSize | null {
  const match = /-(\d+)x(\d+)-[a-z0-9]+$/i.exec(ref);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * Size in pixels of the part of the asset the image service cuts out: the editor's crop (fractions cut from each
 * side), rounded the way @sanity/image-url rounds the `rect` it sends. The asset's own size comes from its id, as
 * the URL builder reads it. Null when the id carries no size.
 */
export function croppedSize(image: ImageSource): PixelSize | null {
  const asset = dimensionsFromAssetRef(image.asset._ref);
  if (!asset) return null;
  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 };
  const left = Math.round(crop.left * asset.width);
  const top = Math.round(crop.top * asset.height);
  const width = Math.round(asset.width - crop.right * asset.width - left);
  const height = Math.round(asset.height - crop.bottom * asset.height - top);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * The largest size the service can deliver for this image without enlarging it: the crop itself, or with
 * `aspectRatio` (height / width) the largest rectangle of that ratio inside the crop (the service cuts it around
 * the hotspot). `maxWidth` caps the width further (layout limit). Null when the asset's size is unknown.
 */
export function deliverableSize(image: ImageSource, aspectRatio?: number, maxWidth = Infinity): PixelSize | null {
  const crop = croppedSize(image);
  if (!crop) return null;
  // With a ratio, the height asked for (width × ratio, rounded) must also fit in the crop: rounding the width down
  // keeps it there, and keeps it inside the rectangle @sanity/image-url cuts for that width and height.
  const widest = aspectRatio ? Math.min(crop.width, Math.floor(crop.height / aspectRatio)) : crop.width;
  const width = Math.max(1, Math.min(widest, Math.floor(maxWidth)));
  return { width, height: Math.max(1, Math.round(aspectRatio ? width * aspectRatio : (width * crop.height) / crop.width)) };
}

/**
 * URL of the image `width` pixels wide (site-relative, `/cdn/images/…`). With `aspectRatio` (height / width) the
 * service cuts that ratio around the hotspot; without it the image keeps the crop's proportions. Callers pass a
 * width no larger than `deliverableSize`, so the file delivered is exactly the size they declare.
 */
export function imageUrl(image: ImageSource, width: number, aspectRatio?: number, quality = 75): string {
  let url = imageUrlBuilder(image).width(width).quality(quality).auto('format');
  url = aspectRatio ? url.height(Math.round(width * aspectRatio)).fit('crop') : url.fit('max');
  return url.url();
}

/**
 * Absolute URL and size of an image for Open Graph and JSON-LD (which need absolute URLs): `width` wide at
 * `aspectRatio`, or narrower when the crop is smaller, never enlarged. Null when the asset's size is unknown.
 */
export function absoluteImage(image: ImageSource, width: number, aspectRatio: number): (PixelSize & { url: string }) | null {
  const size = deliverableSize(image, aspectRatio, width);
  if (!size) return null;
  return { ...size, url: new URL(imageUrl(image, size.width, aspectRatio), publicEnv.siteUrl).toString() };
}
