import 'server-only';
import type { ContentFetcher, ContentRequest } from '@clinic/content';
import { cookies, draftMode } from 'next/headers';
import { resolvePerspectiveFromCookies } from 'next-sanity/live';
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
 * The perspective the Presentation tool chose for this preview: `drafts`, or a release's stack such as
 * `["rSpringMove", "drafts"]` (the release over the drafts over the published content), as next-sanity keeps it in
 * the `sanity-preview-perspective` cookie when the editor picks a release. Anything else falls back to `drafts`.
 */
async function previewPerspective() {
  return resolvePerspectiveFromCookies({ cookies: await cookies() });
}

/**
 * Wraps the published fetcher: in draft mode the same query runs with the preview's perspective (drafts, or the
 * release the editor previews, see `previewPerspective`), the read token
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
      perspective: await previewPerspective(),
      tag: `draft.${request.label ?? 'content'}`,
      cache: 'no-store',
    });
  };
}
