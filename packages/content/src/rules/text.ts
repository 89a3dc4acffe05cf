// Text a reader can actually see. `trim()` keeps zero-width and other invisible format characters, so a field
// holding only "\u200b" would pass a plain emptiness check and still render as nothing.

// Whitespace, separators, control and format characters (zero-width space, joiners, BOM, bidi marks).
const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}]/gu;

/** True when `value` is a string with at least one visible character. */
export function hasVisibleText(value: unknown): value is string {
  return typeof value === 'string' && value.replace(INVISIBLE, '').length > 0;
}

export const ALT_TEXT_MIN_LENGTH = 3;
export const ALT_TEXT_MESSAGE =
  'Describe the image for people who cannot see it (alt text), e.g. "Nurse checking a patient\'s blood pressure"';

/** Null for usable alt text (at least three visible characters), else what the editor should write. */
export function altTextProblem(alt: unknown): string | null {
  if (typeof alt !== 'string') return ALT_TEXT_MESSAGE;
  return alt.replace(INVISIBLE, '').length >= ALT_TEXT_MIN_LENGTH ? null : ALT_TEXT_MESSAGE;
}

/** Null when `value` has visible text; else `message`, which tells the editor what to write. */
export function visibleTextProblem(value: unknown, message: string): string | null {
  return hasVisibleText(value) ? null : message;
}

