import 'server-only';
import { cache } from 'react';
import { fetchSiteChrome, type SiteChrome, type SiteSettings } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { contentFetcher } from '@/content-client/fetch';

/**
 * Settings and clinics with the primary clinic (the one `siteSettings.primaryClinic` names, or none), from one
 * query. Every call to action on every page reads its clinic from here: header, call bar, footer, home hero,
 * article, benefits and contact pages. Fetched once per request and language however many use it; the
 * settings are those of the language (clinic records are the same in every language).
 */
export const getSiteChrome = cache((locale: Locale = 'en'): Promise<SiteChrome> => fetchSiteChrome(contentFetcher, locale));

/** The site's name as the CMS spells it, with a neutral fallback while settings are missing or invalid. */
export function siteNameOf(settings: SiteSettings | null, locale: Locale = 'en'): string {
  return settings?.siteName ?? translator(locale, 'Site')('fallbackName');
}
