// URL slugs: the one definition of what a slug may look like, the function that makes one from a title, and the
// same shape written as a GROQ filter, so the Studio, the zod contract and the site's queries agree on it.
import slugifyText from 'slugify';

/** Lowercase ASCII letters and digits in words joined by single hyphens: "ketamine-for-crps". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Characters a slug is made of; the GROQ filter below is built from this list. */
export const SLUG_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

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

const groqString = (value: string) => JSON.stringify(value);

/**
 * The slug rule as a GROQ condition on `field` (e.g. "slug.current"), for filters that must count only what the
 * site shows. GROQ has no regular expressions, so the shape is spelled out: only slug characters, no hyphen at
 * either end, no two hyphens in a row.
 */
export function slugShapeFilter(field: string): string {
  const characters = `[${[...SLUG_CHARACTERS].map(groqString).join(',')}]`;
  return (
    `(${field} != "" && count(string::split(${field}, "")[!(@ in ${characters})]) == 0` +
    ` && !string::startsWith(${field}, "-") && string::split(${field}, "")[-1] != "-"` +
    ` && count(string::split(${field}, "--")) == 1)`
  );
}
