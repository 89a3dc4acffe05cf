import type { Metadata } from 'next';
import { cleanMetadata } from '@/lib/metadata';
import { SearchView, searchMetadata, searchQueryOf } from '@/views/SearchView';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return cleanMetadata(searchMetadata('en', searchQueryOf((await searchParams).q)));
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView query={searchQueryOf((await searchParams).q)} locale="en" />;
}
