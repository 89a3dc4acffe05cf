import { LOCALES, type Locale } from './locales.ts';

/**
 * Every public URL of the site per language, so no component spells a path itself. English paths are the
 * site's historical ones; Spanish ones are under `/es` with Spanish words, as Spanish-speaking visitors read and
 * share them. `/es/buscar` belongs to site search; `llms` is the llms.txt summary of each language's content.
 */
const SECTIONS = {
  en: { home: '/', articles: '/articles', benefits: '/benefits', contact: '/contact', feed: '/feed.xml', search: '/search', llms: '/llms.txt' },
  es: { home: '/es', articles: '/es/articulos', benefits: '/es/beneficios', contact: '/es/contacto', feed: '/es/feed.xml', search: '/es/buscar', llms: '/es/llms.txt' },
} as const satisfies Record<Locale, Record<string, string>>;

export type Section = keyof (typeof SECTIONS)['en'];

/** The path of a section page (`home`, `articles`, `benefits`, `contact`, `feed`, `search`, `llms`) in a language. */
export function sectionPath(locale: Locale, section: Section): string {
  return SECTIONS[locale][section];
}

/** The path of an article page: `/articles/<slug>` or `/es/articulos/<slug>`. */
export function articlePath(locale: Locale, slug: string): string {
  return `${SECTIONS[locale].articles}/${slug}`;
}

/** A section page's path in every language (each section exists in every language), for hreflang alternates. */
export function sectionPaths(section: Section): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, SECTIONS[locale][section]])) as Record<Locale, string>;
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Next.js route `source` (path-to-regexp, as in `headers()` and `redirects()` of next.config.ts) that matches a
 * section page in every language and nothing else, e.g. `/:search(search|es/buscar)`; built from the paths above,
 * so a new language's section is matched without editing the config. Not for `home`, whose English path is `/`.
 */
export function sectionSource(section: Exclude<Section, 'home'>): string {
  const paths = LOCALES.map((locale) => escapeForPattern(SECTIONS[locale][section].slice(1)));
  return `/:${section}(${paths.join('|')})`;
}
