import { z } from 'zod';
import { droppable } from '../validation/droppable.ts';
import { optionalText, requiredText } from '../validation/fields.ts';

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
