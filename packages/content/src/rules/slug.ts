// URL slugs: the one definition of what a slug may look like and the function that makes one from a title, so
// the Studio's generated slugs, its validation and the zod contract agree.
import slugifyText from 'slugify';

/** Lowercase ASCII letters and digits in words joined by single hyphens: "ketamine-for-crps". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SLUG_MESSAGE =
  'Use only lowercase letters a–z, digits and single hyphens, e.g. "ketamine-faq"; click "Generate" to make it from the title';

/** Null for a valid slug, else what the editor should change. Accepts the slug text, not the `{current}` object. */
export function slugProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return 'Generate a URL slug (click "Generate") so the page has an address';
  return SLUG_PATTERN.test(value) ? null : SLUG_MESSAGE;
}

/**
 * A valid slug from any title, made by the `slugify` library: accents are transliterated ("für" → "fur"), "&"
 * becomes "and", everything else that is not a letter or digit becomes a single hyphen. Returns "" when the title
 * has no letters or digits that can be written in ASCII (the Studio then asks for a slug).
 */
export function slugify(title: string): string {
  // Not the library's strict mode, which deletes "_" and "." and so glues words together ("what_to" → "whatto").
  return slugifyText(title, { lower: true, locale: 'en', trim: true })
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '');
}
