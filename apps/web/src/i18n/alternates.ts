import type { Metadata } from 'next';
import { isLocale, LANGUAGE_TAGS, LOCALES, type Locale } from './locales.ts';
import { articlePath } from './paths.ts';

/** A page's path in each language it exists in (`{ en: '/articles/x', es: '/es/articulos/y' }`). */
export type PagePaths = Partial<Record<Locale, string>>;

/**
 * A page's `alternates` metadata: its canonical URL in its own language and, only when it exists in both
 * languages, `hreflang` links to each (`en-US`, `es-US`) plus `x-default` (the English page, for readers of
 * any other language). A page without a translation gets no hreflang links at all, as Google expects of
 * alternates (each page must list itself and every translation, and only real translations).
 */
export function languageAlternates(locale: Locale, paths: PagePaths): NonNullable<Metadata['alternates']> {
  const canonical = paths[locale];
  const translated = LOCALES.every((language) => paths[language]);
  if (!translated) return { canonical };
  const languages: Record<string, string> = {};
  for (const language of LOCALES) languages[LANGUAGE_TAGS[language]] = paths[language]!;
  languages['x-default'] = paths.en!;
  return { canonical, languages };
}

/** What an article page needs to know of its translations (the content contract's `translations`). */
export interface TranslatedArticle {
  slug: string;
  translations: readonly { language: string; slug: string }[];
}

/** An article's path in its own language and in each language it has a published translation in. */
export function articlePaths(article: TranslatedArticle, locale: Locale): PagePaths {
  const paths: PagePaths = { [locale]: articlePath(locale, article.slug) };
  for (const translation of article.translations) {
    if (isLocale(translation.language) && translation.language !== locale) {
      paths[translation.language] = articlePath(translation.language, translation.slug);
    }
  }
  return paths;
}
