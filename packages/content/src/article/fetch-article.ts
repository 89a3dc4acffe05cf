import type { ContentFetcher } from '../fetcher.ts';
import { articleTag } from '../tags.ts';
import { parseDocument } from '../validation/parse.ts';
import { slugString } from '../validation/fields.ts';
import { articleBySlugQuery } from './article.query.ts';
import { articleSchema, type Article } from './article.schema.ts';

/** Tags for one article's page: the article itself and every document type its query reads. */
export function articleTags(slug: string): string[] {
  return ['article', articleTag(slug), 'person', 'clinic', 'siteSettings'];
}

/**
 * One article by slug, validated. Null when no published article has that slug, or when the article is invalid
 * beyond its optional parts (reported through the content logger). A slug that cannot exist is answered with
 * null without asking the backend.
 */
export async function fetchArticleBySlug(fetcher: ContentFetcher, slug: string): Promise<Article | null> {
  if (!slugString.safeParse(slug).success) return null;
  const result = await fetcher({
    query: articleBySlugQuery,
    params: { slug },
    tags: articleTags(slug),
    label: 'article-by-slug',
  });
  return parseDocument(articleSchema, result, 'article');
}
