import { articleStaticParams } from '@/article/article-loader';
import { cleanMetadata } from '@/seo/metadata';
import { ArticlePageView, articlePageMetadata } from '@/article/ArticlePageView';

type Props = { params: Promise<{ slug: string }> };

/** Every published article is rendered at build time; newer ones render on first request and are cached. */
export function generateStaticParams() {
  return articleStaticParams('en');
}

export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  return cleanMetadata(await articlePageMetadata((await params).slug, 'en'));
}

export default async function ArticlePage({ params }: Props) {
  return <ArticlePageView slug={(await params).slug} locale="en" />;
}
