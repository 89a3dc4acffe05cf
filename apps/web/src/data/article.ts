import 'server-only';
import { cache } from 'react';
import { fetchArticleBySlug, fetchArticleRedirect, fetchArticleSlugs } from '@clinic/content';
import { contentFetcher } from '@/sanity/fetch';

/** One validated article per request, shared by metadata, the page and its Open Graph image. */
export const getArticle = cache((slug: string) => fetchArticleBySlug(contentFetcher, slug));

/** The current slug of the article that used to be at `slug`, or null (see fetchArticleRedirect). */
export const getArticleRedirect = cache((slug: string) => fetchArticleRedirect(contentFetcher, slug));

/** `{ slug }` of every published article, for generateStaticParams of the article page and its social card. */
export async function articleStaticParams(): Promise<{ slug: string }[]> {
  const slugs = await fetchArticleSlugs(contentFetcher);
  return slugs.map((slug) => ({ slug }));
}
