import { stegaClean } from 'next-sanity';
import { deliverableSize, imageUrl, type ImageSource } from '@/content-client/image';

/**
 * Widths offered in `srcset`, each only when the image is at least that wide: small phones, phones at 2x (and
 * Lighthouse's 412 px at 1.75x), desktop columns at 1x and 2x. Steps of about 1.45× waste at most about twice the
 * pixels on the width chosen, and every width offered is written three times per image (markup, RSC payload,
 * preload hint), so a longer list weighs every page.
 */
const SRCSET_WIDTHS = [480, 828, 1200, 1600, 2400, 3200];

interface SanityImageProps {
  /** A validated image record (asset reference, crop, hotspot) and its alt text. */
  image: ImageSource & { alt: string };
  /** The `sizes` attribute: how wide the image is shown at each breakpoint. */
  sizes: string;
  /** Height / width to cut to (around the hotspot); the crop's own ratio when omitted. */
  aspectRatio?: number;
  /** Largest rendered width, so the browser never fetches a bigger file than the layout can use. */
  maxWidth?: number;
  /** For the largest image above the fold: load eagerly with high priority. */
  eager?: boolean;
  className?: string;
}

/**
 * A responsive image from Sanity as a plain server-rendered <img> (no client component). `width`/`height` are
 * the size of the file actually delivered for the editor's crop (and `aspectRatio`), so the browser reserves the
 * right box; `srcset` offers no width beyond what the crop holds or `maxWidth` allows, so no file is enlarged.
 * Renders nothing when the asset's size is unknown (it would shift the page).
 */
export function SanityImage({ image, sizes, aspectRatio, maxWidth = 1600, eager = false, className }: SanityImageProps) {
  const size = deliverableSize(image, aspectRatio, maxWidth);
  if (!size) return null;
  const widths = [...SRCSET_WIDTHS.filter((width) => width < size.width), size.width];
  return (
    <img
      src={imageUrl(image, size.width, aspectRatio)}
      srcSet={widths.map((width) => `${imageUrl(image, width, aspectRatio)} ${width}w`).join(', ')}
      sizes={sizes}
      width={size.width}
      height={size.height}
      // An attribute: never carries draft-mode stega markers, whatever the client encoded.
      alt={stegaClean(image.alt)}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : 'auto'}
      decoding="async"
      className={className}
    />
  );
}
