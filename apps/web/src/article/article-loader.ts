import 'server-only';
import { cache } from 'react';
import { fetchArticleBySlug, fetchArticleRedirect, fetchArticleSlugs } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { contentFetcher } from '@/content-client/fetch';

/**
 * One validated article per request, by its slug in a language (slugs are unique per language), shared by
 * metadata, the page and its Open Graph image. It carries `translations`: its published, reviewed versions in the
 * other languages.
 */
export const getArticle = cache((slug: string, locale: Locale = 'en') => fetchArticleBySlug(contentFetcher, slug, locale));

/** The current slug of the article in `locale` that used to be at `slug`, or null (see fetchArticleRedirect). */
export const getArticleRedirect = cache((slug: string, locale: Locale = 'en') =>
  fetchArticleRedirect(contentFetcher, slug, locale),
);

/** `{ slug }` of every published article in a language, for generateStaticParams of article pages and cards. */
export async function articleStaticParams(locale: Locale = 'en'): Promise<{ slug: string }[]> {
  const slugs = await fetchArticleSlugs(contentFetcher, locale);
  return slugs.map((slug) => ({ slug }));
}
