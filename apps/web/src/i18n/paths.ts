import type { Locale } from './locales.ts';

/**
 * Every public URL of the site per language, so no component spells a path itself. English paths are the
 * site's historical ones; Spanish ones are under `/es` with Spanish words, as Spanish-speaking visitors read and
 * share them. `/es/buscar` belongs to site search.
 */
const SECTIONS = {
  en: { home: '/', articles: '/articles', benefits: '/benefits', contact: '/contact', feed: '/feed.xml', search: '/search' },
  es: { home: '/es', articles: '/es/articulos', benefits: '/es/beneficios', contact: '/es/contacto', feed: '/es/feed.xml', search: '/es/buscar' },
} as const satisfies Record<Locale, Record<string, string>>;

export type Section = keyof (typeof SECTIONS)['en'];

/** The path of a section page (`home`, `articles`, `benefits`, `contact`, `feed`, `search`) in a language. */
export function sectionPath(locale: Locale, section: Section): string {
  return SECTIONS[locale][section];
}

/** The path of an article page: `/articles/<slug>` or `/es/articulos/<slug>`. */
export function articlePath(locale: Locale, slug: string): string {
  return `${SECTIONS[locale].articles}/${slug}`;
}

/** A section page's path in every language (each section exists in both), for hreflang alternates. */
export function sectionPaths(section: Section): Record<Locale, string> {
  return { en: SECTIONS.en[section], es: SECTIONS.es[section] };
}
