// The site settings: one document per site language, each at a fixed id (`siteSettings` for English,
// `siteSettings-<language>` for the others), linked by translation metadata. Where they are, what is read from
// them, their schema and their fetch. Drafts never show up here: the site reads with the `published` perspective.
import { defineQuery } from 'groq';
import { z } from 'zod';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, inLanguage, type SiteLanguage } from '../language/language.ts';
import {
  translationReviewFields,
  translationReviewGate,
  translationReviewShape,
  withTranslationReview,
} from '../translation/translation.ts';
import { droppable } from '../validation/droppable.ts';
import { optionalText, requiredText } from '../validation/fields.ts';
import { parseDocument } from '../validation/parse.ts';

export const SITE_SETTINGS_TYPE = 'siteSettings';

/** The fixed document id of the site settings in `language`: "siteSettings", "siteSettings-es". */
export function siteSettingsId(language: SiteLanguage): string {
  return language === DEFAULT_LANGUAGE ? SITE_SETTINGS_TYPE : `${SITE_SETTINGS_TYPE}-${language}`;
}

// siteSettingsId in GROQ, for the `$language` parameter (src/settings/settings.test.ts checks that they agree).
const siteSettingsIdOfParameter = /* groq */ `select($language == "${DEFAULT_LANGUAGE}" => "${SITE_SETTINGS_TYPE}", "${SITE_SETTINGS_TYPE}-" + $language)`;

/** The site settings document in the language of the `$language` parameter. */
export const siteSettingsDocument = /* groq */ `*[_type == "${SITE_SETTINGS_TYPE}" && _id == ${siteSettingsIdOfParameter} && ${inLanguage}][0]`;

export const siteSettingsFields = /* groq */ `
  _id,
  siteName,
  tagline,
  medicalDisclaimer,
  crisisNotice,
  ctaHeading,
  ctaText,
  "primaryClinicId": primaryClinic._ref,
  ${translationReviewFields}
`;

export const siteSettingsQuery = defineQuery(`${siteSettingsDocument}{${siteSettingsFields}}`);

/** Site-wide copy in one language. The disclaimer, crisis notice and call-to-action copy are required, and a
 * translation needs its translation review: settings without them are reported and treated as missing, so the
 * site falls back to its own safe defaults. `language` is the settings' language; `translationReview` is
 * `{reviewer, reviewed}` for a translation and null for English. */
export const siteSettingsSchema = z
  .object({
    siteName: requiredText,
    tagline: optionalText(),
    medicalDisclaimer: requiredText,
    crisisNotice: requiredText,
    ctaHeading: requiredText,
    ctaText: requiredText,
    primaryClinicId: droppable(requiredText.nullable(), null),
    ...translationReviewShape,
  })
  .superRefine(translationReviewGate)
  .transform(withTranslationReview);

export type SiteSettings = z.output<typeof siteSettingsSchema>;

export const optionalSiteSettings = () => droppable(siteSettingsSchema.nullable(), null);

/**
 * The site settings in `language` (default "en"); null when they are missing or invalid (reported). Throws
 * InvalidLanguageError for a language the site is not published in.
 */
export async function fetchSiteSettings(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<SiteSettings | null> {
  const result = await fetcher({
    query: siteSettingsQuery,
    params: { language: checkedLanguage(language) },
    tags: ['siteSettings'],
    label: 'site-settings',
  });
  return parseDocument(siteSettingsSchema, result, 'siteSettings');
}
