import { getImageProps } from 'next/image';
import { imageUrlBuilder, sanityLoader, type ImageSource } from '@/sanity/image';

interface SanityImageProps {
  image: ImageSource & { alt: string; width: number; height: number; lqip?: string | null | undefined };
  /** The `sizes` attribute: how wide the image is shown at each breakpoint. */
  sizes: string;
  /** Height / width to crop to (around the hotspot); the image's own ratio when omitted. */
  aspectRatio?: number;
  /** Largest rendered width, so the browser never fetches a bigger file than the layout can use. */
  maxWidth?: number;
  /** For the largest image above the fold: load eagerly with high priority. */
  eager?: boolean;
  className?: string;
}

/**
 * A responsive image from Sanity. `getImageProps` produces the same srcset/sizes next/image would, but as a
 * plain <img> rendered on the server — no client component, so content pages ship no image JavaScript. Width
 * and height are always set, so the page does not shift while images load.
 */
export function SanityImage({ image, sizes, aspectRatio, maxWidth = 1600, eager = false, className }: SanityImageProps) {
  const width = Math.min(image.width, maxWidth);
  const height = Math.round(aspectRatio ? width * aspectRatio : (width * image.height) / image.width);
  const { props } = getImageProps({
    src: imageUrlBuilder(image).url(),
    alt: image.alt,
    width,
    height,
    sizes,
    loader: sanityLoader(image, aspectRatio),
    loading: eager ? 'eager' : 'lazy',
    fetchPriority: eager ? 'high' : 'auto',
  });
  // `style` from getImageProps only sets `color: transparent`; the stylesheet handles layout.
  const { style: _style, ...imgProps } = props;
  return <img {...imgProps} className={className} />;
}
