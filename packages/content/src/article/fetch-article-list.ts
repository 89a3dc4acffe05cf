import type { ContentFetcher } from '../fetcher.ts';
import { isTopic, type Topic } from '../taxonomy.ts';
import { parseDocument, parseList, ContentShapeError } from '../validation/parse.ts';
import { articleCountQuery, articleListQuery, articleSlugsQuery } from './article.query.ts';
import { articleCountSchema, articleSlugSchema, articleSummarySchema, type ArticleSummary } from './article.schema.ts';

export const DEFAULT_PAGE_SIZE = 12;
export const MAX_PAGE_SIZE = 100;

export type ArticleListOptions = { page?: number; pageSize?: number; topic?: string | null };

export type ArticleList = {
  articles: ArticleSummary[];
  total: number;
  page: number;
  pageCount: number;
  topic: Topic | null;
};

/** Thrown for list options that cannot name a page (page 0, page "abc", an unknown topic). */
export class InvalidListOptionsError extends RangeError {
  override name = 'InvalidListOptionsError';
}

function checkedOptions({ page = 1, pageSize = DEFAULT_PAGE_SIZE, topic = null }: ArticleListOptions) {
  if (!Number.isSafeInteger(page) || page < 1) {
    throw new InvalidListOptionsError(`page must be a whole number from 1, received ${String(page)}`);
  }
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InvalidListOptionsError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, received ${String(pageSize)}`);
  }
  if (topic !== null && !isTopic(topic)) {
    throw new InvalidListOptionsError(`unknown topic ${JSON.stringify(topic)}`);
  }
  return { page, pageSize, topic };
}

/**
 * One page of articles, newest first, optionally for one topic. `pageCount` is at least 1; a page past the end
 * has no articles (the site shows its not-found page for it). Invalid articles are left out and reported.
 */
export async function fetchArticleList(fetcher: ContentFetcher, options: ArticleListOptions = {}): Promise<ArticleList> {
  const { page, pageSize, topic } = checkedOptions(options);
  const start = (page - 1) * pageSize;
  const tags = ['article'];
  const [items, count] = await Promise.all([
    fetcher({ query: articleListQuery, params: { topic, start, end: start + pageSize }, tags, label: 'article-list' }),
    fetcher({ query: articleCountQuery, params: { topic }, tags, label: 'article-count' }),
  ]);
  const total = parseDocument(articleCountSchema, count, 'article-count');
  if (total === null) throw new ContentShapeError(`Expected an article count, received ${JSON.stringify(count)}`);
  return {
    articles: parseList(articleSummarySchema, items, 'article'),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    topic,
  };
}

/** The slug of every published article, for static generation. */
export async function fetchArticleSlugs(fetcher: ContentFetcher): Promise<string[]> {
  const result = await fetcher({ query: articleSlugsQuery, tags: ['article'], label: 'article-slugs' });
  return parseList(articleSlugSchema, result, 'article').map((entry) => entry.slug);
}
