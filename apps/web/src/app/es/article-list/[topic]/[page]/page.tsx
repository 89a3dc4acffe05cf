import type { Metadata } from 'next';
import { cleanMetadata } from '@/seo/metadata';
import { listParamsOfRoute } from '@/article/article-paths';
import { ArticleListView, articleListMetadata, listStaticParams } from '@/article/list/ArticleListView';

// The cached article list for one topic and page. Visitors reach it as /es/articulos?topic=…&page=…, which
// src/proxy.ts rewrites here (the proxy also runs for the rewritten request, so it cannot tell a direct request
// apart); the page's canonical URL is always the /es/articulos?… one.

type Props = { params: Promise<{ topic: string; page: string }> };

/** The first page of every topic is prerendered at build time; other pages render on first request and are cached. */
export const generateStaticParams = listStaticParams;

export const dynamicParams = true;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic, page } = await params;
  return cleanMetadata(await articleListMetadata(listParamsOfRoute(topic, page), 'es'));
}

export default async function ArticleListPage({ params }: Props) {
  const { topic, page } = await params;
  return <ArticleListView params={listParamsOfRoute(topic, page)} locale="es" />;
}
