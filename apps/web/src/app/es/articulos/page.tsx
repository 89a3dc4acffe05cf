import type { Metadata } from 'next';
import { cleanMetadata } from '@/seo/metadata';
import { ArticleListView, articleListMetadata } from '@/article/list/ArticleListView';

// All topics, first page. Filtered and later pages (`?topic=`, `?page=`) are rewritten by src/proxy.ts to
// app/es/article-list, so this page reads no searchParams and stays prerendered.
const FIRST_PAGE = { topic: null, page: 1 };

export async function generateMetadata(): Promise<Metadata> {
  return cleanMetadata(await articleListMetadata(FIRST_PAGE, 'es'));
}

export default function ArticlesPage() {
  return <ArticleListView params={FIRST_PAGE} locale="es" />;
}
