import { stegaClean } from 'next-sanity';

/**
 * JSON for a `<script type="application/ld+json">`. Stega characters are removed first (they would corrupt
 * names and URLs that search engines read), then `<` is escaped so no value can close the script element
 * (`</script>`) or open a comment; U+2028/2029 are escaped for older JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(stegaClean(data))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Drops keys whose value is null, undefined or an empty array, so the markup never states an empty fact. */
export function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}
