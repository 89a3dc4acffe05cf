import { escapeXml } from './xml.ts';

/**
 * One `<url>` of a sitemap: an absolute URL, when known the date its content last changed (ISO 8601), and the
 * page's language versions (`hreflang` → absolute URL, the page itself included) when it has translations.
 */
export interface SitemapEntry {
  url: string;
  lastModified?: string | undefined;
  alternates?: { languages?: Record<string, string> } | undefined;
}

/**
 * A sitemaps.org 0.9 `<urlset>` with `<loc>`, `<lastmod>` and `<xhtml:link rel="alternate" hreflang>` (Google's
 * sitemap form of hreflang) per entry, in that order: the sitemaps.org XSD allows elements of other namespaces
 * only after `loc`, `lastmod`, `changefreq` and `priority` (Next's `sitemap.ts` convention writes the links before
 * `lastmod`, which fails the schema; otherwise the layout is Next's, and the unit test compares the two). The site
 * writes it itself because Next answers its metadata routes with `Cache-Control: public, max-age=0,
 * must-revalidate`, which no CDN can cache; a route handler gets the `s-maxage` of cached pages. Values are
 * XML-escaped.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const hasAlternates = entries.some((entry) => Object.keys(entry.alternates ?? {}).length > 0);
  const urls = entries.map((entry) => {
    const languages = Object.entries(entry.alternates?.languages ?? {});
    const links = languages.map(
      ([language, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}" />\n`,
    );
    const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>\n` : '';
    return `<url>\n<loc>${escapeXml(entry.url)}</loc>\n${lastmod}${links.join('')}</url>\n`;
  });
  const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${hasAlternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>\n${urls.join('')}</urlset>\n`;
}
