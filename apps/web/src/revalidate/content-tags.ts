import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Expires content cache tags (the names come from `tagsForChangedDocument` in @clinic/content, the same
 * helpers its queries use to tag themselves).
 *
 * `{ expire: 0 }` rather than the 'max' profile: a webhook means "this changed, now". With 'max' the next
 * visitor would still get the old page while the new one renders in the background, so a changed phone
 * number could be shown one more time. Expiring outright costs that one visitor a render (tens of ms).
 */
export function revalidateContentTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
