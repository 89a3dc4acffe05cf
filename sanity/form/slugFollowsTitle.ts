// When a new article's slug follows its title: from the first letter typed until an editor sets the slug
// themselves (types one, or edits the generated one). A published article's slug never follows: changing it
// moves the page (see actions/publishWithSlugHistory.tsx), which must be a deliberate edit.
import { slugify } from '@clinic/content/rules';

export interface SlugFollowState {
  /** The slug now stored (`slug.current`), if any. */
  slug: string | undefined;
  /** The title the slug was last made from (the title before this edit). */
  previousTitle: string | undefined;
  /** The title now. */
  title: string | undefined;
  /** Whether the article has a published version. */
  published: boolean;
}

/**
 * The slug to store after the title changed, or null to leave it alone: the slug follows while it is empty or
 * still exactly what the previous title made. Returns "" when the new title has nothing to make a slug from.
 */
export function slugAfterTitleChange({ slug, previousTitle, title, published }: SlugFollowState): string | null {
  if (published || title === previousTitle) return null;
  const following = !slug || slug === slugify(previousTitle ?? '');
  if (!following) return null;
  const next = slugify(title ?? '');
  return next === (slug ?? '') ? null : next;
}
