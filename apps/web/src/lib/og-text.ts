/**
 * Open Graph images are drawn with the font next/og bundles (a local file). For any character that font lacks,
 * next/og would download a font from Google at render time — a network request this site must not make — so
 * text is reduced to Latin characters and common punctuation first, and long text is shortened.
 */
const SUPPORTED = /[^\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]/g;

export function ogSafeText(value: string, maxLength: number): string {
  const cleaned = value.normalize('NFC').replace(SUPPORTED, '').replace(/\s+/g, ' ').trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1).trimEnd()}…` : cleaned;
}
