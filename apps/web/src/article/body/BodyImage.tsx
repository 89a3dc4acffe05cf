import type { ArticleBodyImage } from '@clinic/content';
import { SanityImage } from '@/ui/SanityImage';

/**
 * An image placed in the body. @clinic/content has checked it (asset, alt text); without alt text the image is
 * left out rather than shown inaccessible. Its size is the crop's, taken from the asset id by SanityImage.
 */
export function BodyImage({ value }: { value: ArticleBodyImage }) {
  const alt = value.alt.trim();
  if (!alt) return null;
  return (
    <figure className="figure">
      <SanityImage image={{ ...value, alt }} sizes="(min-width: 48rem) 44rem, 100vw" maxWidth={1400} />
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  );
}
