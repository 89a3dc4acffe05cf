import { stegaClean } from 'next-sanity';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { cacheableLikePages, SOCIAL_CARD_SIZE, siteCardResponse } from '@/lib/og-card';

export const size = SOCIAL_CARD_SIZE;
export const contentType = 'image/png';
export const alt = 'The clinic name and what the site offers';

/** The default social card (pages without their own): site name, tagline and the clinic's city. */
export default async function OpenGraphImage() {
  const chrome = stegaClean(await getSiteChrome());
  return cacheableLikePages(siteCardResponse(chrome, siteNameOf(chrome.settings)));
}
