import 'server-only';
import type { ContentFetcher, ContentRequest } from '@clinic/content';
import type { QueryParams } from 'next-sanity';
import { CONTENT_REVALIDATE_SECONDS } from './cache.ts';
import { sanityClient } from './client.ts';
import { withDraftMode } from './draft-fetch.ts';

/**
 * How fresh content reaches pages: every query result is stored in Next's data cache under the cache tags that
 * @clinic/content passes (`article`, `article:<slug>`, `clinic`, …). A published change revalidates those tags
 * (`revalidateContentTags` in `revalidate.ts`, called by the signed webhook route), and the pages that used
 * them are regenerated on the next request — no rebuild.
 *
 * Why tagged `client.fetch` and not `defineLive` + `<SanityLive />`: SanityLive is a client component that
 * opens a connection from every visitor's browser to the Live Content API (api.sanity.io). That would ship
 * JavaScript on every content page and tell a third party which health articles a visitor reads. Tag
 * revalidation keeps pages static, script-free and first-party.
 *
 * The time-based fallback (CONTENT_REVALIDATE_SECONDS, five minutes) only bounds staleness when no webhook is
 * configured or one is lost.
 */

/** The published perspective only, whatever the request: for work cached across requests (search/search-loader.ts). */
export const publishedFetcher: ContentFetcher = async <T = unknown>({
  query,
  params = {},
  tags,
  label,
  uncached,
}: ContentRequest): Promise<T> => {
  // @clinic/content builds the params of its own queries; the client's stricter QueryParams type adds nothing.
  return sanityClient.fetch<T>(query, params as QueryParams, {
    perspective: 'published',
    tag: label ?? 'content',
    // A request carrying what a visitor typed (search) would add one cache entry per distinct text, without bound.
    ...(uncached
      ? { cache: 'no-store' as const }
      : { cache: 'force-cache' as const, next: { tags, revalidate: CONTENT_REVALIDATE_SECONDS } }),
  });
};

/** In draft mode (Presentation tool) the same queries read drafts instead; see draft-fetch.ts. */
export const contentFetcher = withDraftMode(publishedFetcher);

/** The published content, for code that runs outside a page render (the proxy), where draft mode cannot be read. */
export const contentFetcherOutsideRender: ContentFetcher = publishedFetcher;
