// The site settings singleton: where it is, what is read from it, its schema and its fetch. Drafts never show up
// here: the site reads with the `published` perspective.
import { defineQuery } from 'groq';
import { z } from 'zod';
import type { ContentFetcher } from '../fetcher.ts';
import { droppable } from '../validation/droppable.ts';
import { optionalText, requiredText } from '../validation/fields.ts';
import { parseDocument } from '../validation/parse.ts';

export const siteSettingsDocument = /* groq */ `*[_type == "siteSettings" && _id == "siteSettings"][0]`;

export const siteSettingsFields = /* groq */ `
  _id,
  siteName,
  tagline,
  medicalDisclaimer,
  crisisNotice,
  ctaHeading,
  ctaText,
  "primaryClinicId": primaryClinic._ref
`;

export const siteSettingsQuery = defineQuery(`${siteSettingsDocument}{${siteSettingsFields}}`);

/** Site-wide copy. The disclaimer, crisis notice and call-to-action copy are required: settings without them are
 * reported and treated as missing, so the site falls back to its own safe defaults. */
export const siteSettingsSchema = z.object({
  siteName: requiredText,
  tagline: optionalText(),
  medicalDisclaimer: requiredText,
  crisisNotice: requiredText,
  ctaHeading: requiredText,
  ctaText: requiredText,
  primaryClinicId: droppable(requiredText.nullable(), null),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

export const optionalSiteSettings = () => droppable(siteSettingsSchema.nullable(), null);

/** The site settings singleton; null when it is missing or invalid (reported). */
export async function fetchSiteSettings(fetcher: ContentFetcher): Promise<SiteSettings | null> {
  const result = await fetcher({ query: siteSettingsQuery, tags: ['siteSettings'], label: 'site-settings' });
  return parseDocument(siteSettingsSchema, result, 'siteSettings');
}
