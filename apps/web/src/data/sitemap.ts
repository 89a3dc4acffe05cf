import 'server-only';
import { fetchSitemapEntries } from '@clinic/content';
import type { SitemapEntry } from '@/lib/sitemap-xml';
import { absoluteUrl } from '@/lib/site-url';
import { contentFetcher } from '@/sanity/fetch';

function newest(...dates: (string | null | undefined)[]): string | undefined {
  const valid = dates.filter((date): date is string => typeof date === 'string');
  return valid.sort().at(-1);
}

/** The sitemap's entries: every public page with the date its content last changed (served by app/sitemap.xml). */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const entries = await fetchSitemapEntries(contentFetcher);
  const latestArticle = entries.articles.map((article) => article._updatedAt).sort().at(-1);
  return [
    { url: absoluteUrl('/'), lastModified: newest(latestArticle, entries.benefitsUpdatedAt, entries.clinicsUpdatedAt, entries.settingsUpdatedAt) },
    { url: absoluteUrl('/articles'), lastModified: latestArticle },
    { url: absoluteUrl('/benefits'), lastModified: entries.benefitsUpdatedAt ?? undefined },
    { url: absoluteUrl('/contact'), lastModified: newest(entries.clinicsUpdatedAt, entries.settingsUpdatedAt) },
    ...entries.articles.map((article) => ({ url: absoluteUrl(`/articles/${article.slug}`), lastModified: article._updatedAt })),
  ];
}
