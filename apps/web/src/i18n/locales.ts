import { DEFAULT_LANGUAGE, isSiteLanguage, SITE_LANGUAGE_CODES, siteLanguages, type SiteLanguage } from '@clinic/content/languages';

/**
 * The languages the site is published in: the content contract's site languages (`@clinic/content/languages`),
 * so the Studio, the queries and the routes agree. English is the default and keeps its unprefixed URLs;
 * Spanish pages live under `/es`.
 */
export const LOCALES = SITE_LANGUAGE_CODES;
export type Locale = SiteLanguage;
export const DEFAULT_LOCALE: Locale = DEFAULT_LANGUAGE;

export const isLocale = isSiteLanguage;

/**
 * The BCP 47 tag of each language as written for US readers (`en-US`, `es-US`): `<html lang>`, `hreflang`,
 * JSON-LD `inLanguage`, `Intl` date and time formats.
 */
export const LANGUAGE_TAGS = Object.fromEntries(siteLanguages.map((language) => [language.code, language.tag])) as Record<
  Locale,
  (typeof siteLanguages)[number]['tag']
>;

/** Open Graph's `og:locale` spelling of the same tags (underscore, per ogp.me). */
export const OPEN_GRAPH_LOCALES = Object.fromEntries(
  LOCALES.map((locale) => [locale, LANGUAGE_TAGS[locale].replace('-', '_')]),
) as Record<Locale, string>;

/** The RSS 2.0 `<language>` value (lower case, per the RSS 2.0 specification's list). */
export const RSS_LANGUAGES = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGE_TAGS[locale].toLowerCase()])) as Record<
  Locale,
  string
>;

/** The other language, which the language switcher offers. */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((candidate) => candidate !== locale)!;
}
