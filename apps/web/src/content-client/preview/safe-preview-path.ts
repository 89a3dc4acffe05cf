/**
 * True when `value` is a path on this site (`/articles/x?y#z`), false for anything a browser could resolve to
 * another origin: absolute URLs, protocol-relative `//host`, backslash tricks (`/\host`, which browsers read as
 * `//host`), control characters.
 */
export function isSafePreviewPath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return false;
  const base = 'https://site.invalid';
  try {
    return new URL(value, base).origin === base;
  } catch {
    return false;
  }
}
