// Site-wide settings. One document per site language at a fixed id (`siteSettings`, `siteSettings-es`): the desk
// opens each, and the site reads each by that id and language.
import { siteLanguages, siteSettingsId } from '@clinic/content/languages';
import { CogIcon } from '@sanity/icons/Cog';
import {
  defineField,
  defineType,
  getPublishedId,
  type CustomValidatorResult,
  type ValidationContext,
} from 'sanity';
import { requiredText } from '../shared/rules.ts';
import { documentLanguage, languageField, translationReviewFields } from '../shared/translation.ts';

/** The ids of the settings documents, one per site language, in `siteLanguages` order. */
export const SITE_SETTINGS_IDS = siteLanguages.map(({ code }) => siteSettingsId(code));

/** The settings must sit at the fixed id of their language, or the site never reads them. */
function checkSettingsLanguage(_value: unknown, context: ValidationContext): CustomValidatorResult {
  // Drafts and release versions (`versions.<release>.siteSettings-es`) are checked as the document they become.
  const id = context.document ? getPublishedId(context.document._id) : undefined;
  if (!id) return true;
  const language = documentLanguage(context.document);
  const expected = siteLanguages.find(({ code }) => siteSettingsId(code) === id);
  if (!expected)
    return `The site reads settings only at the ids ${SITE_SETTINGS_IDS.join(', ')}; open them from the desk`;
  return expected.code === language
    ? true
    : `These are the ${expected.name} site settings, but their language is "${language}"; set it to "${expected.code}"`;
}

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'siteName',
      title: 'Site name',
      type: 'string',
      validation: requiredText('Enter the site name'),
    }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string' }),
    defineField({
      name: 'medicalDisclaimer',
      title: 'Medical disclaimer',
      type: 'text',
      rows: 4,
      description: 'Shown on every health page: information, not medical advice.',
      validation: requiredText('Write the medical disclaimer'),
    }),
    defineField({
      name: 'crisisNotice',
      title: 'Crisis notice',
      type: 'text',
      rows: 3,
      description: 'Shown on mental-health pages. Must name 988 (call or text) and 911.',
      validation: (rule) => [
        ...requiredText('Write the crisis notice')(rule),
        rule.custom((text: string | undefined) =>
          !text || (text.includes('988') && text.includes('911'))
            ? true
            : 'The crisis notice must tell readers to call or text 988, or call 911 in an emergency',
        ),
      ],
    }),
    defineField({
      name: 'ctaHeading',
      title: 'Call-to-action heading',
      type: 'string',
      validation: requiredText('Write the default call-to-action heading'),
    }),
    defineField({
      name: 'ctaText',
      title: 'Call-to-action text',
      type: 'text',
      rows: 2,
      validation: requiredText('Write the default call-to-action text'),
    }),
    defineField({
      name: 'primaryClinic',
      title: 'Primary clinic',
      type: 'reference',
      to: [{ type: 'clinic' }],
      description:
        'The one clinic whose phone number, booking link and address every call to action on the site uses: header, call bar, home page, articles, benefits and contact page. Only this field decides; clinics have no primary flag of their own.',
      validation: (rule) => rule.required().error('Choose the primary clinic'),
    }),
    languageField({ check: checkSettingsLanguage }),
    ...translationReviewFields(),
  ],
  preview: {
    select: { siteName: 'siteName', clinic: 'primaryClinic.name' },
    prepare: ({ siteName, clinic }: Record<string, unknown>) => ({
      title: typeof siteName === 'string' ? siteName : 'Site settings',
      subtitle: typeof clinic === 'string' ? `Primary clinic: ${clinic}` : 'No primary clinic chosen',
    }),
  },
});
