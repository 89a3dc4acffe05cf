import { sitemapEntries } from '@/data/sitemap';
import { sitemapXml } from '@/lib/sitemap-xml';

// Rendered once and cached like a page; the content cache tags refresh it (route handlers are dynamic by default).
export const dynamic = 'force-static';
export const revalidate = 300;

/** Every public page with the date its content last changed, so crawlers revisit what actually changed. */
export async function GET(): Promise<Response> {
  return new Response(sitemapXml(await sitemapEntries()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
