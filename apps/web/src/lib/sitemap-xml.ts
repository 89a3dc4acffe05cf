import { escapeXml } from './xml.ts';

/** One `<url>` of a sitemap: an absolute URL and, when known, when its content last changed (ISO 8601). */
export interface SitemapEntry {
  url: string;
  lastModified?: string | undefined;
}

/**
 * A sitemaps.org 0.9 `<urlset>` with `<loc>` and `<lastmod>` per entry, in the layout Next's `sitemap.ts`
 * convention writes (the unit test compares the two). The site writes it itself because Next answers its
 * metadata routes with `Cache-Control: public, max-age=0, must-revalidate`, which no CDN can cache; a route
 * handler gets the `s-maxage` of cached pages. Values are XML-escaped.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url>\n<loc>${escapeXml(entry.url)}</loc>\n${entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>\n` : ''}</url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
}
