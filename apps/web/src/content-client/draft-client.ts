import 'server-only';
import type { SanityClient } from 'next-sanity';
import { publicEnv } from '@/env/public';
import { sanityClient } from './client.ts';
import { draftReadToken } from './draft-token.ts';
import { STEGA_FIELDS } from './stega-fields.ts';

/** Where overlays' "edit" links point: the configured Studio, or the local one `npm run dev` starts. */
export const studioUrl = publicEnv.studioUrl ?? 'http://localhost:3333';


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
