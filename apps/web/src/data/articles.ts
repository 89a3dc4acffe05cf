import 'server-only';
import { fetchArticleList, type ArticleSummary } from '@clinic/content';
import { contentFetcher } from '@/sanity/fetch';

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
