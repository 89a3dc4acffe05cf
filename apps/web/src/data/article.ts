import 'server-only';
import { cache } from 'react';
import { fetchArticleBySlug } from '@clinic/content';
import { contentFetcher } from '@/sanity/fetch';

/** One validated article per request, shared by metadata, the page and its Open Graph image. */
export const getArticle = cache((slug: string) => fetchArticleBySlug(contentFetcher, slug));
