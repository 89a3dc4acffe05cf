import type { ArticleBodyImage } from '@clinic/content';
import { dimensionsFromAssetRef } from '@/sanity/image';
import { SanityImage } from '../SanityImage.tsx';

/**
 * An image placed in the body. @clinic/content has checked it (asset, alt text, dimensions); the asset id is
 * still the fallback source of the size, and without alt text or a size the image is left out rather than
 * shown inaccessible or causing layout shift.
 */
export function BodyImage({ value }: { value: ArticleBodyImage }) {
  const dimensions =
    value.width > 0 && value.height > 0 ? { width: value.width, height: value.height } : dimensionsFromAssetRef(value.asset._ref);
  const alt = value.alt.trim();
  if (!dimensions || !alt) return null;
  return (
    <figure className="figure">
      <SanityImage image={{ ...value, alt, ...dimensions }} sizes="(min-width: 48rem) 44rem, 100vw" maxWidth={1400} />
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  );
}
