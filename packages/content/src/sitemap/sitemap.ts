// The sitemap's last-modified dates: one per article, and the newest change behind each shared page.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { publishedArticleFilter } from '../article/article.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDateTime, requiredText, slugString } from '../validation/fields.ts';
import { parseBundle } from '../validation/parse.ts';

export const sitemapQuery = defineQuery(`{
  "articles": *[${publishedArticleFilter}] | order(publishedAt desc){_id, "slug": slug.current, _updatedAt},
  "benefitsUpdatedAt": *[_type == "benefit"] | order(_updatedAt desc) [0]._updatedAt,
  "clinicsUpdatedAt": *[_type == "clinic"] | order(_updatedAt desc) [0]._updatedAt,
  "settingsUpdatedAt": *[_type == "siteSettings"] | order(_updatedAt desc) [0]._updatedAt
}`);

const optionalDateTime = () => droppable(isoDateTime.nullable(), null);

export const sitemapSchema = z.object({
  articles: lenientArray(z.object({ _id: requiredText, slug: slugString, _updatedAt: isoDateTime })),
  benefitsUpdatedAt: optionalDateTime(),
  clinicsUpdatedAt: optionalDateTime(),
  settingsUpdatedAt: optionalDateTime(),
});

export type SitemapEntries = z.output<typeof sitemapSchema>;

/** Articles with their last change, and the last change behind the benefits, contact and home pages. */
export async function fetchSitemapEntries(fetcher: ContentFetcher): Promise<SitemapEntries> {
  const result = await fetcher({
    query: sitemapQuery,
    tags: ['article', 'benefit', 'clinic', 'siteSettings'],
    label: 'sitemap',
  });
  return parseBundle(sitemapSchema, result, 'sitemap');
}
