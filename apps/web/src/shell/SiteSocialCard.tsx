import { stegaClean } from 'next-sanity';
import { getSiteChrome, siteNameOf } from './site-chrome-loader.ts';
import type { Locale } from '@/i18n/locales';
import { cacheableLikePages, siteCardResponse } from '@/seo/og-card';

/** The default social card of a language (pages without their own): site name, tagline and the clinic's city. */
export async function siteSocialCard(locale: Locale): Promise<Response> {
  const chrome = stegaClean(await getSiteChrome(locale));
  return cacheableLikePages(siteCardResponse(chrome, siteNameOf(chrome.settings, locale)));
}
