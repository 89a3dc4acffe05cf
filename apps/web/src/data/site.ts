import 'server-only';
import { cache } from 'react';
import { fetchSiteChrome, type SiteChrome, type SiteSettings } from '@clinic/content';
import { contentFetcher } from '@/sanity/fetch';

/**
 * Settings and clinics with the primary clinic (the one `siteSettings.primaryClinic` names, or none), from one
 * query. Every call to action on every page reads its clinic from here: header, call bar, footer, home hero,
 * article, benefits and contact pages. Fetched once per request however many use it.
 */
export const getSiteChrome = cache((): Promise<SiteChrome> => fetchSiteChrome(contentFetcher));

/** The site's name as the CMS spells it, with a neutral fallback while settings are missing or invalid. */
export function siteNameOf(settings: SiteSettings | null): string {
  return settings?.siteName ?? 'Ketamine therapy clinic';
}
