import type { ContentFetcher } from '../fetcher.ts';
import { parseDocument } from '../validation/parse.ts';
import { siteSettingsQuery } from './settings.query.ts';
import { siteSettingsSchema, type SiteSettings } from './settings.schema.ts';

/** The site settings singleton; null when it is missing or invalid (reported). */
export async function fetchSiteSettings(fetcher: ContentFetcher): Promise<SiteSettings | null> {
  const result = await fetcher({ query: siteSettingsQuery, tags: ['siteSettings'], label: 'site-settings' });
  return parseDocument(siteSettingsSchema, result, 'siteSettings');
}
