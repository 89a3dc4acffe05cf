import type { Metadata } from 'next';
import { isLocale, LANGUAGE_TAGS, LOCALES, type Locale } from './locales.ts';
import { articlePath, sectionPath } from './paths.ts';

/**
 * The RSS autodiscovery link of a language's pages (`<link rel="alternate" type="application/rss+xml">`). Next
 * replaces a layout's `alternates` with a page's own, not merging them, so every page's `alternates` must carry
 * it: `languageAlternates` and `pageAlternates` do.
 */
export function feedAlternate(locale: Locale): { 'application/rss+xml': string } {
  return { 'application/rss+xml': sectionPath(locale, 'feed') };
}

/** A page's `alternates` with only a canonical URL (or none), plus the language's feed link. */
export function pageAlternates(locale: Locale, canonical?: string): NonNullable<Metadata['alternates']> {
  return { ...(canonical ? { canonical } : {}), types: feedAlternate(locale) };
}

/** A page's path in each language it exists in (`{ en: '/articles/x', es: '/es/articulos/y' }`). */
export type PagePaths = Partial<Record<Locale, string>>;

/**
 * A page's `alternates` metadata: its canonical URL in its own language and, only when it exists in both
 * languages, `hreflang` links to each (`en-US`, `es-US`) plus `x-default` (the English page, for readers of
 * any other language). A page without a translation gets no hreflang links at all, as Google expects of
 * alternates (each page must list itself and every translation, and only real translations). Always with the
 * language's feed link (`feedAlternate`).
 */
export function languageAlternates(locale: Locale, paths: PagePaths): NonNullable<Metadata['alternates']> {
  const canonical = paths[locale];
  const types = feedAlternate(locale);
  const translated = LOCALES.every((language) => paths[language]);
  if (!translated) return { canonical, types };
  const languages: Record<string, string> = {};
  for (const language of LOCALES) languages[LANGUAGE_TAGS[language]] = paths[language]!;
  languages['x-default'] = paths.en!;
  return { canonical, languages, types };
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
