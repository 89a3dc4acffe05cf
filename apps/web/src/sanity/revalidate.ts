import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Cache tags a changed document invalidates — the same names @clinic/content attaches to its queries: the
 * document type, plus `article:<slug>` for a single article. Call from a route handler (for example the
 * signed `/api/revalidate` webhook) with the document's type and slug.
 */
export function tagsForDocument(document: { _type: string; slug?: string | null }): string[] {
  const tags = [document._type];
  if (document._type === 'article' && document.slug) tags.push(`article:${document.slug}`);
  return tags;
}

export function revalidateContentTags(tags: string[]): void {
  // 'max' = serve the stale page once while the new one renders in the background (Next 16 semantics).
  for (const tag of new Set(tags)) revalidateTag(tag, 'max');
}
