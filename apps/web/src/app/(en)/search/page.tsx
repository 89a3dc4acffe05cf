import type { Metadata } from 'next';
import { cleanMetadata } from '@/seo/metadata';
import { SearchView, searchMetadata, searchPageOf, searchQueryOf } from '@/search/SearchView';

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return cleanMetadata(searchMetadata('en', searchQueryOf((await searchParams).q)));
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams;
  return <SearchView query={searchQueryOf(q)} page={searchPageOf(page)} locale="en" />;
}
