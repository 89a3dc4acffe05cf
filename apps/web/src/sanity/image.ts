import { createImageUrlBuilder } from '@sanity/image-url';
import type { ImageLoaderProps } from 'next/image';
import { publicEnv } from '@/env/public';

/**
 * Image URLs point at `/cdn/images/…` on the site itself; next.config rewrites that path to Sanity's CDN or
 * the local lake. The image service resizes (`w`, `q`, `auto=format`), so next/image needs no optimizer.
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

export function imageUrlBuilder(image: ImageSource) {
  return builder.image(image as Parameters<typeof builder.image>[0]);
}

/**
 * A next/image loader for one image. With `aspectRatio` (height / width) the service crops around the
 * hotspot; without it the image keeps its own proportions.
 */
export function sanityLoader(image: ImageSource, aspectRatio?: number) {
  return ({ width, quality }: ImageLoaderProps): string => {
    let url = imageUrlBuilder(image).width(width).quality(quality ?? 75).auto('format');
    if (aspectRatio) url = url.height(Math.round(width * aspectRatio)).fit('crop');
    else url = url.fit('max');
    return url.url();
  };
}

/** Absolute URL of an image at a given size, for Open Graph and JSON-LD (which need absolute URLs). */
export function absoluteImageUrl(image: ImageSource, width: number, height?: number): string {
  let url = imageUrlBuilder(image).width(width).auto('format');
  if (height) url = url.height(height).fit('crop');
  return new URL(url.url(), publicEnv.siteUrl).toString();
}

/** Width and height encoded in an asset id (`image-<sha1>-<w>x<h>-<ext>`), for images that carry no metadata. */
export function dimensionsFromAssetRef(ref: string): { width: number; height: number } | null {
  const match = /-(\d+)x(\d+)-[a-z0-9]+$/i.exec(ref);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}
