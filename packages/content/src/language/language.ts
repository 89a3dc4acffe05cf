// The languages the site is published in, defined once for the Studio (document translations, desk) and the site
// (routes, `lang`, hreflang, date and phone formats). A document's language is its `language` field, written by
// Sanity's document-internationalization plugin; documents from before translations existed have none and count
// as English everywhere, which is what `languageOf` says in GROQ.

/** The default language: the site's unprefixed routes, and the language of documents without a `language` field.
 * A plain literal, because Sanity TypeGen evaluates the queries built from it. */
export const DEFAULT_LANGUAGE = 'en';

/** Every site language: `code` as stored in `language` and used in queries, `tag` the BCP 47 tag for `lang`,
 * hreflang and `Intl` formats, `name` in the language itself (for a language switcher). The default comes first. */
export const siteLanguages = [
  { code: DEFAULT_LANGUAGE, tag: 'en-US', name: 'English' },
  { code: 'es', tag: 'es-US', name: 'Español' },
] as const;

export type SiteLanguage = (typeof siteLanguages)[number]['code'];
export type SiteLanguageInfo = (typeof siteLanguages)[number];

export const SITE_LANGUAGE_CODES = siteLanguages.map((language) => language.code) as [
  SiteLanguage,
  ...SiteLanguage[],
];

export function isSiteLanguage(value: unknown): value is SiteLanguage {
  return typeof value === 'string' && (SITE_LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The entry of `siteLanguages` for `code`. Throws InvalidLanguageError for a code that is not a site language. */
export function siteLanguage(code: string): SiteLanguageInfo {
  const found = siteLanguages.find((language) => language.code === code);
  if (!found) throw new InvalidLanguageError(code);
  return found;
}

/** Thrown by a fetch function asked for a language the site is not published in (e.g. "fr", "ES", ""). */
export class InvalidLanguageError extends RangeError {
  override name = 'InvalidLanguageError';
  constructor(received: unknown) {
    super(`language must be one of ${SITE_LANGUAGE_CODES.join(', ')}, received ${JSON.stringify(received)}`);
  }
}

/** `language` checked for a fetch: the default when undefined, the code itself when it is a site language. */
export function checkedLanguage(language: unknown = DEFAULT_LANGUAGE): SiteLanguage {
  if (!isSiteLanguage(language)) throw new InvalidLanguageError(language);
  return language;
}

/** A document's language in GROQ: its `language` field, English when it has none. */
export const languageOf = /* groq */ `coalesce(language, "${DEFAULT_LANGUAGE}")`;

/** GROQ filter: the document is in the language of the `$language` parameter. */
export const inLanguage = /* groq */ `${languageOf} == $language`;
