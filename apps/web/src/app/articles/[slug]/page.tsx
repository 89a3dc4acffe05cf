import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { articleStaticParams, getArticle, getArticleRedirect } from '@/data/article';
import { getSiteChrome } from '@/data/site';
import { articleMetadata, cleanMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ slug: string }> };

/** Every published article is rendered at build time; newer ones render on first request and are cached. */
export function generateStaticParams() {
  return articleStaticParams();
}

export const dynamicParams = true;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) return cleanMetadata({ title: 'Article not found', robots: { index: false } });
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const [article, { primaryClinic }] = await Promise.all([getArticle(slug), getSiteChrome()]);
  if (!article) {
    // An address the article had before its slug changed: a 308 to where it is now, cached like the page itself
    // (both read content tagged `article`, which the revalidation webhook expires on every article change).
    const target = await getArticleRedirect(slug);
    if (target) permanentRedirect(`/articles/${target}`);
    notFound();
  }
  return <ArticleView article={article} clinic={primaryClinic} />;
}
