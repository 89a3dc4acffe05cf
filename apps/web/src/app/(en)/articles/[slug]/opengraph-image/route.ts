import { articleStaticParams } from '@/article/article-loader';
import { articleSocialCard } from '@/article/ArticleSocialCard';

// Drawn at build time for every published article and cached like the page; newer ones on first request.
export const dynamic = 'force-static';
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return articleStaticParams('en');
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return articleSocialCard((await params).slug, 'en');
}
