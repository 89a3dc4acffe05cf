// The site's public URLs per language, defined once for the site (links, sitemap, hreflang) and the Studio
// (Presentation tool: which page shows a document, which document a page is about). Pure data and string
// functions, so both can import it without the other's code.
import { SITE_LANGUAGE_CODES, type SiteLanguage } from './language.ts';

/**
 * Every section page's path per language. English paths are the site's historical ones; Spanish ones are under
 * `/es` with Spanish words, as Spanish-speaking visitors read and share them. `/es/buscar` belongs to site search;
 * `llms` is the llms.txt summary of each language's content; `editorialPolicy` says how the pages are written,
 * medically reviewed, corrected and paid for (the review line of every article links it).
 */
const SECTIONS = {
  en: {
    home: '/',
    articles: '/articles',
    benefits: '/benefits',
    contact: '/contact',
    feed: '/feed.xml',
    search: '/search',
    llms: '/llms.txt',
    editorialPolicy: '/editorial-policy',
  },
  es: {
    home: '/es',
    articles: '/es/articulos',
    benefits: '/es/beneficios',
    contact: '/es/contacto',
    feed: '/es/feed.xml',
    search: '/es/buscar',
    llms: '/es/llms.txt',
    editorialPolicy: '/es/politica-editorial',
  },
} as const satisfies Record<SiteLanguage, Record<string, string>>;

/**
 * A section page of the site: `home`, `articles`, `benefits`, `contact`, `feed`, `search`, `llms`,
 * `editorialPolicy`.
 */
export type Section = keyof (typeof SECTIONS)['en'];

/** Every section, in the route table's order. */
export const SECTION_NAMES = Object.keys(SECTIONS.en) as Section[];

/** The path of a section page in a language, e.g. `sectionPath('es', 'benefits')` → `/es/beneficios`. */
export function sectionPath(language: SiteLanguage, section: Section): string {
  return SECTIONS[language][section];
}

/**
 * The path of an article page: `/articles/<slug>` or `/es/articulos/<slug>`. `slug` is used as given (a valid
 * slug needs no escaping; a route pattern such as `:slug` gives the route of every article in the language).
 */
export function articlePath(language: SiteLanguage, slug: string): string {
  return `${SECTIONS[language].articles}/${slug}`;
}

/** A section page's path in every language (each section exists in every language), for hreflang alternates. */
export function sectionPaths(section: Section): Record<SiteLanguage, string> {
  return Object.fromEntries(
    SITE_LANGUAGE_CODES.map((language) => [language, SECTIONS[language][section]]),
  ) as Record<SiteLanguage, string>;
}
