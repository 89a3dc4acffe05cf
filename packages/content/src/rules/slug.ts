// URL slugs: the one definition of what a slug may look like and the function that makes one from a title, so
// the Studio's generated slugs, its validation and the zod contract agree.
import anyAscii from 'any-ascii';

/** Lowercase ASCII letters and digits in words joined by single hyphens: "ketamine-for-crps". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug generated (Sanity's slug field `maxLength` in the Studio). */
export const SLUG_MAX_LENGTH = 96;

export const SLUG_MESSAGE =
  'Use only lowercase letters a–z, digits and single hyphens, e.g. "ketamine-faq"; click "Generate" to make it from the title';

/** Null for a valid slug, else what the editor should change. Accepts the slug text, not the `{current}` object. */
export function slugProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return 'Generate a URL slug (click "Generate") so the page has an address';
  return SLUG_PATTERN.test(value) ? null : SLUG_MESSAGE;
}

/**
 * Symbols that carry meaning in a health title and would otherwise vanish from its slug ("50% < 1 mg" must not
 * read "50-1-mg"). Each becomes its English word(s), as its own word.
 */
const SYMBOL_WORDS: Record<string, string> = {
  '&': 'and',
  '%': 'percent',
  '+': 'plus',
  '±': 'plus minus',
  '<': 'less than',
  '>': 'more than',
  '≤': 'at most',
  '≥': 'at least',
  '=': 'equals',
};

/** A word of a title: a run of letters (with their combining marks) and digits, in any script. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Text in ASCII words: transliterated by any-ascii, lowercased, anything it wrote that is not a-z0-9 separating. */
function asciiWords(text: string): string[] {
  return anyAscii(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Each visible character's code point, "u" and hex ("?" → "u3f"): for what has no ASCII spelling. */
function codePointWords(text: string): string[] {
  return [...text]
    .filter((character) => /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{M}]/u.test(character))
    .map((character) => `u${character.codePointAt(0)!.toString(16)}`);
}

/** A title's word in ASCII words; a letter any-ascii writes as punctuation only (Arabic ع → "'") by code point. */
function wordInAscii(word: string): string[] {
  const words = asciiWords(word);
  return words.length > 0 ? words : codePointWords(word);
}

/**
 * A valid slug (`SLUG_PATTERN`, at most `SLUG_MAX_LENGTH` characters) from any title.
 *
 * - Word boundaries are kept: any character that is not a letter or digit (in any script) separates words, so
 *   "1/2 dose" → "1-2-dose" and "PTSD/TEPT: ketamina" → "ptsd-tept-ketamina"; a letter or digit never joins
 *   the word next to it.
 * - Each word is transliterated to ASCII by `any-ascii`, which covers every script ("für" → "fur", "кетамин" →
 *   "ketamin", "氯胺酮" → "luantong", "½" → "1-2", the ligature "ﬁ" → "fi"); a letter it writes only as
 *   punctuation (Arabic "ع" → "'") is written as its code point ("u639") rather than dropped.
 * - `& % + ± < > ≤ ≥ =` become words ("Risks & side effects" → "risks-and-side-effects").
 * - Too long a slug is cut at a word boundary, never inside a word.
 * - Never empty for a title with any visible character: a title of symbols alone is transliterated whole
 *   ("😀" → "grinning"), and failing that each character's code point is written ("?" → "u3f").
 *   Returns "" only for a blank title (nothing but white space or invisible characters): the Studio asks for a
 *   title first.
 */
export function slugify(title: string): string {
  const withSymbolWords = title.replace(/[&%+±<>≤≥=]/g, (symbol) => ` ${SYMBOL_WORDS[symbol]} `);
  let words = (withSymbolWords.match(WORD) ?? []).flatMap(wordInAscii);
  if (words.length === 0) words = asciiWords(title);
  if (words.length === 0) words = codePointWords(title);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX_LENGTH) return slug === '' ? word.slice(0, SLUG_MAX_LENGTH) : slug;
    slug = next;
  }
  return slug;
}
