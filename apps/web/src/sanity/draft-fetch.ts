import 'server-only';
import type { ContentFetcher, ContentRequest } from '@clinic/content';
import { draftMode } from 'next/headers';
import type { QueryParams } from 'next-sanity';
import { draftClient } from './draft-client.ts';

/** True only while answering a request that carries the draft-mode cookie. */
export async function isDraftModeOn(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    // Outside a request (generateStaticParams, build-time rendering) there is no draft mode.
    return false;
  }
}

/**
 * Wraps the published fetcher: in draft mode the same query runs with the `drafts` perspective, the read token
 * and stega, never cached (an editor must see each keystroke's save, and drafts must never land in the cache
 * visitors are served from). Outside draft mode nothing changes.
 */
export function withDraftMode(published: ContentFetcher): ContentFetcher {
  return async <T = unknown>(request: ContentRequest): Promise<T> => {
    if (!(await isDraftModeOn())) return published<T>(request);
    const client = draftClient();
    if (!client) {
      console.warn('[draft-mode] no token can read drafts (SANITY_API_READ_TOKEN / local lake token); showing published content');
      return published<T>(request);
    }
    return client.fetch<T>(request.query, (request.params ?? {}) as QueryParams, {
      perspective: 'drafts',
      tag: `draft.${request.label ?? 'content'}`,
      cache: 'no-store',
    });
  };
}
