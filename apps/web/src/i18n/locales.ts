/**
 * The languages the site is published in. English is the default and keeps its unprefixed URLs; Spanish pages
 * live under `/es`. The content contract uses the same codes for a document's `language` field.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The BCP 47 tag of each language as written for US readers: `<html lang>`, `hreflang`, JSON-LD `inLanguage`,
 * `Intl` date and time formats. The clinic serves Sacramento, so Spanish is US Spanish (`es-US`).
 */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** Open Graph's `og:locale` spelling of the same tags (underscore, per ogp.me). */
export const OPEN_GRAPH_LOCALES: Record<Locale, string> = { en: 'en_US', es: 'es_US' };

/** The RSS 2.0 `<language>` value (lower case, per the RSS 2.0 specification's list). */
export const RSS_LANGUAGES: Record<Locale, string> = { en: 'en-us', es: 'es-us' };

/** The other language, which the language switcher offers. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}
