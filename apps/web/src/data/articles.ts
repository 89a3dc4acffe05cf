import 'server-only';
import { fetchArticleList, fetchBenefits, type ArticleList, type ArticleListOptions, type ArticleSummary, type Benefit } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { contentFetcher } from '@/sanity/fetch';

/** One page of a language's published articles, newest first (`ArticleListOptions`: page, pageSize, topic). */
export function getArticleList(locale: Locale, options: ArticleListOptions): Promise<ArticleList> {
  return fetchArticleList(contentFetcher, { ...options, language: locale });
}

/** A language's published benefit statements, in the editors' order. */
export function getBenefits(locale: Locale): Promise<Benefit[]> {
  return fetchBenefits(contentFetcher, locale);
}

/** The list query caps a page at 100 articles; this walks every page, newest first (for llms.txt). */
export async function fetchAllArticleSummaries(): Promise<ArticleSummary[]> {
  const first = await fetchArticleList(contentFetcher, { page: 1, pageSize: 100 });
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) =>
      fetchArticleList(contentFetcher, { page: index + 2, pageSize: 100 }),
    ),
  );
  return [first, ...rest].flatMap((list) => list.articles);
}
