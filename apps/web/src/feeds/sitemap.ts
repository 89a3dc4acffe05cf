import 'server-only';
import { sitemapEntries } from './sitemap-entries.ts';
import { sitemapXml } from './sitemap-xml.ts';

/** `/sitemap.xml`: every public page with the date its content last changed, so crawlers revisit what actually changed. */
export async function sitemapResponse(): Promise<Response> {
  return new Response(sitemapXml(await sitemapEntries()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
