import type { Metadata } from 'next';
import { SearchView } from '@/components/search/SearchView';
import { SEARCH_STRINGS } from '@/components/search/strings';
import { cleanMetadata } from '@/lib/metadata';

// Rendered per request, since it reads the query string; next.config.ts lets a shared cache keep each search URL
// for as long as a cached page. Result pages are not indexed (a search engine should list the articles, not
// searches for them) but their links are followed; the sitemap has no search URLs.

type Props = { searchParams: Promise<{ q?: string | string[] }> };

const queryOf = (q: string | string[] | undefined) => (Array.isArray(q) ? (q[0] ?? '') : (q ?? ''));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = queryOf((await searchParams).q).trim();
  const strings = SEARCH_STRINGS.en;
  return cleanMetadata({
    title: query === '' ? strings.pageTitle : strings.resultsTitle(query.slice(0, 80)),
    robots: { index: false, follow: true },
    alternates: { canonical: strings.path },
  });
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView query={queryOf((await searchParams).q)} language="en" />;
}
