import { stegaClean } from 'next-sanity';
import { getSiteChrome, siteNameOf } from '@/shell/site-chrome-loader';
import { RSS_LANGUAGES, type Locale } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { absoluteUrl } from '@/seo/site-url';
import { escapePlainTextAsXmlHtml, escapeXml } from './xml.ts';
import { getArticleList } from '@/article/list/article-list-loader';

const FEED_SIZE = 50;

/**
 * RSS 2.0 feed of a language's newest articles (`/feed.xml`, `/es/feed.xml`), with the channel's `<language>`
 * set. Served by route handlers that are static and refreshed with the same cache tags as the pages. Titles and
 * categories are plain text (XML-escaped); descriptions are HTML to readers, so the plain-text excerpt and tagline
 * are escaped for HTML and then for XML.
 */
export async function feedResponse(locale: Locale): Promise<Response> {
  const [list, { settings }] = await Promise.all([
    getArticleList(locale, { page: 1, pageSize: FEED_SIZE }),
    getSiteChrome(locale),
  ]);
  const articles = stegaClean(list.articles);
  const siteName = stegaClean(siteNameOf(settings, locale));
  const items = articles
    .map((article) => {
      const url = absoluteUrl(articlePath(locale, article.slug));
      return [
        '    <item>',
        `      <title>${escapeXml(article.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <description>${escapePlainTextAsXmlHtml(article.excerpt)}</description>`,
        `      <category>${escapeXml(topicName(locale, article.topic))}</category>`,
        `      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`,
        '    </item>',
      ].join('\n');
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(siteName)}</title>
    <link>${escapeXml(absoluteUrl(sectionPath(locale, 'home')))}</link>
    <description>${escapePlainTextAsXmlHtml(stegaClean(settings?.tagline) ?? translator(locale, 'Site')('feedDescription', { siteName }))}</description>
    <language>${RSS_LANGUAGES[locale]}</language>
    <atom:link href="${escapeXml(absoluteUrl(sectionPath(locale, 'feed')))}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
