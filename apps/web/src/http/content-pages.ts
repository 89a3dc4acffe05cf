// Which addresses are built from content (and so need the content backend to be rendered again once a publish has
// expired them), in which language, and whether they are HTML pages or feeds. Pure: the proxy reads it on every
// request it sees.
import { LOCALES, type Locale } from '@/i18n/locales';
import { sectionPath, type Section } from '@/i18n/paths';

/** Sections whose page is HTML built from content. Search is answered by the proxy on its own. */
const HTML_SECTIONS = [
  'home',
  'articles',
  'benefits',
  'contact',
  'editorialPolicy',
] as const satisfies Section[];
/** Sections built from content that are not HTML. */
const TEXT_SECTIONS = ['feed', 'llms'] as const satisfies Section[];
/** The sitemap covers every language; its address is the site's, not a language's. */
export const SITEMAP_PATH = '/sitemap.xml';

/** The language and slug of an article address (`/articles/<slug>`, `/es/articulos/<slug>`), or null. */
export function articleAddressOf(pathname: string): { locale: Locale; slug: string } | null {
  for (const locale of LOCALES) {
    const prefix = `${sectionPath(locale, 'articles')}/`;
    if (!pathname.startsWith(prefix)) continue;
    const slug = pathname.slice(prefix.length);
    return slug !== '' && !slug.includes('/') ? { locale, slug: decodeURIComponent(slug) } : null;
  }
  return null;
}

/**
 * The language of the content-built address `pathname` and whether it is an HTML page (`html: true`: section
 * pages, article lists and articles) or a feed, `llms.txt` or the sitemap (`html: false`); null for any other
 * address.
 */
export function contentPageOf(pathname: string): { locale: Locale; html: boolean } | null {
  const article = articleAddressOf(pathname);
  if (article) return { locale: article.locale, html: true };
  if (pathname === SITEMAP_PATH) return { locale: LOCALES[0], html: false };
  for (const locale of LOCALES) {
    if (HTML_SECTIONS.some((section) => sectionPath(locale, section) === pathname))
      return { locale, html: true };
    if (TEXT_SECTIONS.some((section) => sectionPath(locale, section) === pathname))
      return { locale, html: false };
  }
  return null;
}

/** Every content-built address that is not an article, for the proxy's matcher test. */
export function contentSectionPaths(): string[] {
  return [
    ...LOCALES.flatMap((locale) =>
      [...HTML_SECTIONS, ...TEXT_SECTIONS].map((section) => sectionPath(locale, section)),
    ),
    SITEMAP_PATH,
  ];
}
