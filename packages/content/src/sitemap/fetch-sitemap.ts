import type { ContentFetcher } from '../fetcher.ts';
import { ContentShapeError, parseDocument } from '../validation/parse.ts';
import { sitemapQuery } from './sitemap.query.ts';
import { sitemapSchema, type SitemapEntries } from './sitemap.schema.ts';

/** Articles with their last change, and the last change behind the benefits, contact and home pages. */
export async function fetchSitemapEntries(fetcher: ContentFetcher): Promise<SitemapEntries> {
  const result = await fetcher({
    query: sitemapQuery,
    tags: ['article', 'benefit', 'clinic', 'siteSettings'],
    label: 'sitemap',
  });
  const entries = parseDocument(sitemapSchema, result, 'sitemap');
  if (entries === null) throw new ContentShapeError(`Expected the sitemap result object, received ${JSON.stringify(result)}`);
  return entries;
}
