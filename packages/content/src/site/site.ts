// What every page shows around its own content: the site settings and the clinics, the primary clinic among them.
// This one query feeds every call to action on the site (header, call bar, footer, home hero, article, benefits
// and contact pages), so no two parts of a page can disagree about which clinic, or which number, to show.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { clinicDocuments, clinicFields, clinicSchema, primaryFirst } from '../clinic/clinic.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { optionalSiteSettings, siteSettingsDocument, siteSettingsFields } from '../settings/settings.ts';
import { lenientArray } from '../validation/droppable.ts';
import { parseBundle } from '../validation/parse.ts';

export const siteChromeQuery = defineQuery(`{
  "settings": ${siteSettingsDocument}{${siteSettingsFields}},
  "clinics": ${clinicDocuments}{${clinicFields}}
}`);

/**
 * Settings and clinics, primary clinic first. `primaryClinic` is the clinic siteSettings.primaryClinic names, and
 * null when it names none or names one that is unpublished or invalid: the site then shows no clinic's number
 * rather than another clinic's. Settings that fail validation cost the site copy, not the primary clinic.
 */
export const siteChromeSchema = z
  .object({ settings: optionalSiteSettings(), clinics: lenientArray(clinicSchema) })
  .transform(({ settings, clinics }) => {
    const ordered = primaryFirst(clinics);
    return { settings, clinics: ordered, primaryClinic: ordered.find((clinic) => clinic.isPrimary) ?? null };
  });

export type SiteChrome = z.output<typeof siteChromeSchema>;

/** The site settings and every clinic with the primary one picked out, in one request. */
export async function fetchSiteChrome(fetcher: ContentFetcher): Promise<SiteChrome> {
  const result = await fetcher({ query: siteChromeQuery, tags: ['siteSettings', 'clinic'], label: 'site-chrome' });
  return parseBundle(siteChromeSchema, result, 'site');
}
