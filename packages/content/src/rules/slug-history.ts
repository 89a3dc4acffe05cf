// An article's earlier URL slugs, kept so that links to its old addresses keep working (the site answers them with
// a permanent redirect to the current address). The list is maintained when the article is published (the
// Studio's publish action) and editors may remove entries; these rules say what the list must look like.
import type { RuleProblem } from './portable-text.ts';
import { slugProblem } from './slug.ts';

export const PREVIOUS_SLUG_IS_CURRENT_MESSAGE =
  'This is the current URL slug: an address cannot redirect to itself; remove it from the previous slugs';
export const PREVIOUS_SLUG_TWICE_MESSAGE = 'This previous slug is listed twice; remove one';

/**
 * The previous slugs to store when an article is published with `newSlug`, oldest first: `previousSlugs` as the
 * editor left them, plus the slug it was published at until now (`publishedSlug`, absent for a first
 * publication) when that changes. The new slug itself is taken out, so moving back to an old address never makes
 * it redirect to itself; duplicates and entries that are not slugs at all are dropped. Every old address thus
 * points straight at the current one: a chain a → b → c leaves [a, b], each one hop from c.
 */
export function previousSlugsAfterPublish({
  previousSlugs,
  publishedSlug,
  newSlug,
}: {
  previousSlugs: readonly unknown[] | null | undefined;
  publishedSlug: string | null | undefined;
  newSlug: string;
}): string[] {
  const kept = [...(previousSlugs ?? []), publishedSlug].filter(
    (slug): slug is string => typeof slug === 'string' && slugProblem(slug) === null && slug !== newSlug,
  );
  return [...new Set(kept)];
}

/**
 * What is wrong with an article's own previous slugs, each at its index in the list: not a slug, the current
 * slug (a redirect loop), or listed twice. Clashes with other articles need the dataset and are the Studio's.
 */
export function previousSlugsProblems(currentSlug: unknown, previousSlugs: unknown): RuleProblem[] {
  if (!Array.isArray(previousSlugs)) return [];
  const seen = new Set<unknown>();
  return previousSlugs.flatMap((slug, index): RuleProblem[] => {
    const duplicate = seen.has(slug);
    seen.add(slug);
    const message =
      slugProblem(slug) ??
      (slug === currentSlug ? PREVIOUS_SLUG_IS_CURRENT_MESSAGE : duplicate ? PREVIOUS_SLUG_TWICE_MESSAGE : null);
    return message === null ? [] : [{ path: [index], message }];
  });
}
