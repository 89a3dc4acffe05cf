import 'server-only';
import {
  fetchArticleList,
  fetchTopicsInUse,
  type ArticleList,
  type ArticleListOptions,
  type ArticleSummary,
  type TopicWithCount,
} from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { contentFetcher } from '@/content-client/fetch';

/** One page of a language's published articles, newest first (`ArticleListOptions`: page, pageSize, topic). */
export function getArticleList(locale: Locale, options: ArticleListOptions): Promise<ArticleList> {
  return fetchArticleList(contentFetcher, { ...options, language: locale });
}

/**
 * The topics with at least one published article in a language, in the vocabulary's order, with their counts:
 * what the topic filter and the search page offer, so neither leads to an empty list.
 */
export function getTopicsInUse(locale: Locale): Promise<TopicWithCount[]> {
  return fetchTopicsInUse(contentFetcher, locale);
}

/** Every article the site shows in a language, newest first (for llms.txt): the list query caps a page at 100
 * articles, so this walks every page. */
export async function getAllArticleSummaries(locale: Locale): Promise<ArticleSummary[]> {
  const first = await getArticleList(locale, { page: 1, pageSize: 100 });
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) =>
      getArticleList(locale, { page: index + 2, pageSize: 100 }),
    ),
  );
  return [first, ...rest].flatMap((list) => list.articles);
}
