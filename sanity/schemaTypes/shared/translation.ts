// Document translations in the Studio: which types are translated, the `language` field Sanity's
// document-internationalization plugin writes, and the translation review every non-English document needs before
// it can be published (the site's contract hides a translation without it; see @clinic/content translation.ts).
import {
  DEFAULT_LANGUAGE,
  isSiteLanguage,
  SITE_LANGUAGE_CODES,
  siteLanguages,
} from '@clinic/content/languages';
import { calendarDateProblem } from '@clinic/content/rules';
import {
  defineField,
  getPublishedId,
  type CustomValidatorResult,
  type DateRule,
  type ReferenceFilterResolver,
  type ReferenceRule,
  type SlugIsUniqueValidator,
  type ValidationContext,
} from 'sanity';
import { dateFieldSettings } from '../../form/DateWithTodayInput.tsx';
import { checkReviewerCredentials } from '../documents/articleReview.ts';
import { isFutureIsoDate } from './dates.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

export const TRANSLATED_TYPES = ['article', 'benefit', 'siteSettings'] as const;

/** The language of the document being edited; documents from before translations count as English. */
export function documentLanguage(document: unknown): string {
  const language = (document as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' && language !== '' ? language : DEFAULT_LANGUAGE;
}

const isTranslation = (context: { document?: unknown }) =>
  documentLanguage(context.document) !== DEFAULT_LANGUAGE;

type LanguageCheck = (language: unknown, context: ValidationContext) => CustomValidatorResult;

/**
 * The plugin's language field: set when a translation is created, read-only for editors. `check` adds a rule of
 * the document type's own (site settings: the language must match the fixed id).
 */
export function languageField({ group, check }: { group?: string; check?: LanguageCheck } = {}) {
  return defineField({
    name: 'language',
    title: 'Language',
    type: 'string',
    readOnly: true,
    ...(group ? { group } : {}),
    options: { list: siteLanguages.map(({ code, name }) => ({ value: code, title: name })) },
    validation: (rule) => [
      rule.custom((value: unknown) =>
        value === undefined || value === null || isSiteLanguage(value)
          ? true
          : `The language must be one of ${SITE_LANGUAGE_CODES.join(', ')}; the site never shows this document`,
      ),
      ...(check ? [rule.custom(check)] : []),
    ],
  });
}

/** Field option: the document-internationalization plugin leaves the field out of a new translation. */
export const EXCLUDE_FROM_NEW_TRANSLATIONS = { documentInternationalization: { exclude: true } };

/**
 * Who reviewed a translation and when. Hidden on English documents; on a translation both are required before
 * publishing, as the medical review is. They are not copied into a new translation: each one is reviewed anew.
 */
export function translationReviewFields(group?: string) {
  return [
    defineField({
      name: 'translationReviewer',
      title: 'Translation reviewer',
      type: 'reference',
      to: [{ type: 'person' }],
      ...(group ? { group } : {}),
      description:
        'The bilingual clinician who checked that this translation says what the reviewed English version says, no more and no less. Required before publishing a translation.',
      hidden: ({ document }) => !isTranslation({ document }),
      options: EXCLUDE_FROM_NEW_TRANSLATIONS,
      validation: (rule: ReferenceRule) => [
        rule.custom((value: { _ref?: string } | undefined, context: ValidationContext) =>
          isTranslation(context) && !value?._ref
            ? 'Choose the translation reviewer; a translation cannot be published without one'
            : true,
        ),
        rule.custom(checkReviewerCredentials),
      ],
    }),
    defineField({
      name: 'translationReviewed',
      title: 'Translation reviewed',
      type: 'date',
      ...(group ? { group } : {}),
      description: 'The date the translation reviewer signed off on this translation.',
      hidden: ({ document }) => !isTranslation({ document }),
      components: dateFieldSettings.components,
      options: { ...dateFieldSettings.options, ...EXCLUDE_FROM_NEW_TRANSLATIONS },
      validation: (rule: DateRule) => [
        rule.custom((value: string | undefined, context: ValidationContext): CustomValidatorResult =>
          isTranslation(context) && !value
            ? 'Enter the date of the translation review; a translation cannot be published without it'
            : true,
        ),
        rule.custom((value: string | undefined) => {
          if (!value) return true;
          const shape = calendarDateProblem(value);
          if (shape !== null) return shape;
          return isFutureIsoDate(value)
            ? 'The translation review date cannot be in the future; enter the date the reviewer signed off'
            : true;
        }),
      ],
    }),
  ];
}

/**
 * Slugs are unique per document type and language: an English and a Spanish article may share one, two Spanish
 * articles may not. Drafts and release versions of the document itself do not count.
 */
export const isUniqueInLanguage: SlugIsUniqueValidator = async (slug, context) => {
  const { document, getClient } = context;
  if (!document) return true;
  const published = getPublishedId(document._id);
  const taken = await getClient({ apiVersion: SANITY_API_VERSION }).fetch<boolean>(
    `count(*[_type == $type && slug.current == $slug && coalesce(language, $defaultLanguage) == $language
      && !(_id in [$published, "drafts." + $published]) && !(_id in path("versions.**"))]) > 0`,
    {
      type: document._type,
      slug,
      language: documentLanguage(document),
      defaultLanguage: DEFAULT_LANGUAGE,
      published,
    },
  );
  return !taken;
};

/** A site language's English name for Studio messages: "Spanish" for "es". */
const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

type LinkedDocument = { _type: string; language?: unknown } | null;

/**
 * Error when a reference from a translated document leads to a translated document in another language (a
 * Spanish benefit linking the English article): the site builds the link in the referring document's language
 * (`/es/articulos/<slug>`), so it would lead nowhere, and the site's contract leaves such a link out. A reference
 * to nothing, or to a draft-only document, is left to the reference's own rules. The referenced document is read
 * as published, or as its draft when it has never been published.
 */
export async function checkSameLanguageReference(
  value: { _ref?: string } | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const id = value?._ref;
  if (!id || !context.document) return true;
  const linked = await context
    .getClient({ apiVersion: SANITY_API_VERSION })
    .fetch<LinkedDocument>('coalesce(*[_id == $id][0], *[_id == "drafts." + $id][0]){_type, language}', {
      id,
    });
  if (!linked) return true;
  const own = documentLanguage(context.document);
  const theirs = documentLanguage(linked);
  if (own === theirs) return true;
  return `This ${context.document._type} is in ${languageName(own)} but the linked ${linked._type} is in ${languageName(theirs)}: link the ${languageName(own)} version of the ${linked._type} (or none)`;
}

/** The reference picker of such a field offers only documents in the referring document's language. */
export const sameLanguageFilter: ReferenceFilterResolver = ({ document }) => ({
  filter: 'coalesce(language, $defaultLanguage) == $language',
  params: { language: documentLanguage(document), defaultLanguage: DEFAULT_LANGUAGE },
});
