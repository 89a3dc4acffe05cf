'use client';
// The Presentation tool's overlays, with the preview following each edit. The site does not use `defineLive` /
// `<SanityLive />` (see content-client/fetch.ts: no visitor's browser talks to a content API), so next-sanity's
// `<VisualEditing />` would leave an edit unseen until the preview is reloaded (its default `refresh` ignores the
// Studio's "mutation" refreshes). Here a mutation refresh re-renders the page on the server, where draft mode
// reads the drafts uncached (draft-fetch.ts), so the preview shows what is being typed.
import { VisualEditing } from 'next-sanity/visual-editing';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';

type RefreshPayload = { source: 'manual' | 'mutation' };

/** How long the Studio's refresh spinner waits for the re-render (milliseconds). */
const REFRESH_SETTLE_MS = 500;

export function LivePreviewEditing() {
  const router = useRouter();
  const refresh = useCallback(
    (_payload: RefreshPayload): Promise<void> => {
      // Manual (the preview's reload button) and mutation refreshes alike fetch the page again.
      router.refresh();
      return new Promise((resolve) => setTimeout(resolve, REFRESH_SETTLE_MS));
    },
    [router],
  );
  return <VisualEditing refresh={refresh} />;
}
