import { fetchArticleList } from '@clinic/content';
import { stegaClean } from 'next-sanity';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { absoluteUrl } from '@/lib/site-url';
import { escapeXml } from '@/lib/xml';
import { contentFetcher } from '@/sanity/fetch';

const FEED_SIZE = 50;

// Rendered once and cached like a page; the content cache tags refresh it (route handlers are dynamic by default).
export const dynamic = 'force-static';
export const revalidate = 300;

/** RSS 2.0 feed of the newest articles. Static, and refreshed with the same cache tags as the pages. */
export async function GET(): Promise<Response> {
  const [list, { settings }] = await Promise.all([
    fetchArticleList(contentFetcher, { page: 1, pageSize: FEED_SIZE }),
    getSiteChrome(),
  ]);
  const articles = stegaClean(list.articles);
  const siteName = stegaClean(siteNameOf(settings));
  const items = articles
    .map((article) => {
      const url = absoluteUrl(`/articles/${article.slug}`);
      return [
        '    <item>',
        `      <title>${escapeXml(article.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <description>${escapeXml(article.excerpt)}</description>`,
        `      <category>${escapeXml(article.topicLabel)}</category>`,
        `      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`,
        '    </item>',
      ].join('\n');
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(siteName)}</title>
    <link>${escapeXml(absoluteUrl('/'))}</link>
    <description>${escapeXml(stegaClean(settings?.tagline) ?? `Articles from ${siteName}`)}</description>
    <language>en-us</language>
    <atom:link href="${escapeXml(absoluteUrl('/feed.xml'))}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
