// How content is fetched is the caller's choice: the site passes next-sanity's `sanityFetch` (or a tagged
// `client.fetch`), tests pass a plain @sanity/client pointed at the local lake. Every fetch function here takes
// that fetcher first and names the cache tags of what it reads, so the site can revalidate by tag.
import type { CacheTag } from './tags.ts';
import type { SanityClient } from '@sanity/client';

export type ContentRequest = {
  query: string;
  params?: Record<string, unknown>;
  /** Cache tags: the document types the query reads, plus `article:<slug>` for one article. */
  tags: CacheTag[];
  /** A short name for request logs ("article-by-slug"); safe to use as a Sanity request tag. */
  label?: string;
  /**
   * True when the params carry what a visitor typed (a search): an unbounded set of requests, which a cache
   * keyed by request should not keep.
   */
  uncached?: boolean;
};

export type ContentFetcher = <T = unknown>(request: ContentRequest) => Promise<T>;

/**
 * A fetcher over a @sanity/client instance that reads published content only, whatever the client's default
 * perspective, so drafts never reach a visitor through it.
 */
export function clientFetcher(client: SanityClient): ContentFetcher {
  return <T>({ query, params, label }: ContentRequest) =>
    client.fetch<T>(query, params ?? {}, { perspective: 'published', tag: label ?? 'content' });
}
