import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fetchArticleList } from '@clinic/content';
import { topicLabel, type Topic } from '@clinic/content/taxonomy';
import { ArticleGrid } from '@/components/ArticleCard';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Pagination } from '@/components/Pagination';
import { TopicFilter } from '@/components/TopicFilter';
import { publicEnv } from '@/env/public';
import { siteOgImage } from '@/lib/metadata';
import { articlesPath, type ListParams } from '@/lib/article-paths';
import { breadcrumbJsonLd, type Crumb } from '@/lib/jsonld/breadcrumbs';
import { contentFetcher } from '@/sanity/fetch';

// One article list, shared by /articles (all topics, page 1) and the cached route that /articles?topic=…&page=…
// is rewritten to (src/app/article-list); both are prerendered and served from Next's cache.

const PAGE_SIZE = 9;

/** The list's metadata; callers pass it through `cleanMetadata` like every route's. */
export function articleListMetadata(params: ListParams): Metadata {
  if ('invalid' in params) return { title: 'Articles' };
  const label = params.topic ? topicLabel(params.topic as Topic) : null;
  const title = label ? `Articles about ${label}` : 'Articles';
  const canonical = articlesPath(params);
  return {
    title: params.page > 1 ? `${title} (page ${params.page})` : title,
    description:
      'Referenced articles on ketamine treatment: what the evidence shows, the risks, and what to expect.',
    alternates: { canonical },
    openGraph: { url: canonical, title, images: [siteOgImage] },
  };
}

export async function ArticleListView({ params }: { params: ListParams }) {
  if ('invalid' in params) notFound();
  const list = await fetchArticleList(contentFetcher, {
    page: params.page,
    pageSize: PAGE_SIZE,
    topic: params.topic,
  });
  if (params.page > 1 && params.page > list.pageCount) notFound();

  const label = params.topic ? topicLabel(params.topic as Topic) : null;
  const crumbs: Crumb[] = [
    { name: 'Home', path: '/' },
    { name: 'Articles', path: '/articles' },
    ...(label && params.topic ? [{ name: label, path: articlesPath({ topic: params.topic }) }] : []),
  ];

  return (
    <div className="container">
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} />
      <h1>{label ? `Articles about ${label}` : 'Articles'}</h1>
      <p className="lead narrow">
        Every article lists its sources, its risks and who the findings apply to, and says who reviewed it and when.
      </p>
      <TopicFilter current={params.topic} />
      {list.articles.length > 0 ? (
        <ArticleGrid articles={list.articles} headingLevel={2} />
      ) : (
        <p>No articles on this topic yet. Please choose another topic above.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} topic={params.topic} />
    </div>
  );
}
