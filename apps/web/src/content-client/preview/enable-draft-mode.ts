import { defineEnableDraftMode } from 'next-sanity/draft-mode';
import { urlSearchParamPreviewPathname } from '@sanity/preview-url-secret';
import type { NextRequest } from 'next/server';
import { draftClient } from '@/content-client/draft-client';
import { isSafePreviewPath } from './safe-preview-path.ts';

/**
 * Answers GET /api/draft-mode/enable (app/api/draft-mode/enable/route.ts): the Presentation tool opens it with a
 * one-hour secret it stored in the dataset (`sanity.previewUrlSecret`); next-sanity checks the secret against the
 * Content Lake with the read token, sets the draft-mode cookie and redirects to the page being edited.
 *
 * The redirect target is checked here first: next-sanity keeps only the path of `sanity-preview-pathname`, but
 * a path such as `//evil.example` is still another site to a browser.
 */
export async function enableDraftMode(request: NextRequest): Promise<Response> {
  const target = request.nextUrl.searchParams.get(urlSearchParamPreviewPathname);
  if (target !== null && !isSafePreviewPath(target)) {
    return new Response('The preview path must be a path on this site.', { status: 400 });
  }
  const client = draftClient();
  if (!client) {
    return new Response('Draft preview is not configured: no token can read drafts (SANITY_API_READ_TOKEN).', { status: 503 });
  }
  // The Presentation tool frames the site from the Studio's origin, another site to the browser, so the draft-mode
  // cookie must be `SameSite=None; Secure` in `next dev` too (next-sanity makes it `Lax` there unless told);
  // browsers accept Secure cookies from http://localhost, which counts as a secure context.
  return defineEnableDraftMode({ client, secureDevMode: true }).GET(request);
}
