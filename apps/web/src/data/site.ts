import 'server-only';
import { cache } from 'react';
import { fetchClinics, fetchSiteSettings, type Clinic, type SiteSettings } from '@clinic/content';
import { contentFetcher } from '@/sanity/fetch';

export interface SiteChrome {
  settings: SiteSettings | null;
  /** The clinic `siteSettings.primaryClinic` names, else the first valid clinic. */
  primaryClinic: Clinic | null;
  clinics: Clinic[];
}

/** Settings and clinics for the header, footer and call bar; one fetch per request however many use them. */
export const getSiteChrome = cache(async (): Promise<SiteChrome> => {
  const [settings, clinics] = await Promise.all([fetchSiteSettings(contentFetcher), fetchClinics(contentFetcher)]);
  const primaryClinic = clinics.find((clinic) => clinic._id === settings?.primaryClinicId) ?? clinics[0] ?? null;
  return { settings, primaryClinic, clinics };
});

/** The site's name as the CMS spells it, with a neutral fallback while settings are missing or invalid. */
export function siteNameOf(settings: SiteSettings | null): string {
  return settings?.siteName ?? 'Ketamine therapy clinic';
}
