import 'server-only';
import type { SanityClient } from 'next-sanity';
import { publicEnv } from '@/env/public';
import { sanityClient } from './client.ts';
import { draftReadToken } from './draft-token.ts';

/** Where overlays' "edit" links point: the configured Studio, or the local one `npm run dev` starts. */
export const studioUrl = publicEnv.studioUrl ?? 'http://localhost:3333';

/**
 * Invisible stega markers go only into prose an editor would click to edit. Everything the site compares,
 * validates or puts in an attribute (phones, e-mails, URLs, slugs, dates, enum-like values such as evidence
 * levels and topics) stays clean, so validation in @clinic/content behaves exactly as on the public site.
 */
const STEGA_FIELDS = new Set(['title', 'excerpt', 'summary', 'text', 'name', 'tagline', 'qualifier', 'statement', 'description', 'credentials', 'alt', 'caption']);

/** A client for draft mode, or null when no token can read drafts. */
export function draftClient(): SanityClient | null {
  const token = draftReadToken();
  if (!token) return null;
  return sanityClient.withConfig({
    token,
    perspective: 'drafts',
    useCdn: false,
    stega: {
      enabled: true,
      studioUrl,
      filter: (props) => {
        const key = props.resultPath.at(-1);
        return typeof key === 'string' && STEGA_FIELDS.has(key) && props.filterDefault(props);
      },
    },
  });
}
