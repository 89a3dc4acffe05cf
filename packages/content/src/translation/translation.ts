// Translations: what every translatable document (article, benefit, site settings) carries about its language and
// its translation review, the gate that keeps an unreviewed translation off the site, and the links from an
// article to its published versions in the other site languages. Documents are linked by the
// `translation.metadata` documents of Sanity's document-internationalization plugin:
// `translations[]{_key: <language>, value: <reference>}`.
import { z } from 'zod';
import {
  DEFAULT_LANGUAGE,
  SITE_LANGUAGE_CODES,
  languageOf,
  type SiteLanguage,
} from '../language/language.ts';
import { optionalPerson, personFields, type Person } from '../person/person.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDate, slugString } from '../validation/fields.ts';

export const TRANSLATION_METADATA_TYPE = 'translation.metadata';

// An article's translation is reviewed by an approval of its own (a `medicalApproval` record on the translated
// document), not by fields: the newest approval gives the reviewer and date the gate reads. Whether the site may
// call it clinician-reviewed is decided separately (review/status.ts); the gate only keeps a translation nobody has
// checked off the site.
const newestArticleApproval = /* groq */ `*[_type == "medicalApproval" && kind == "approval" && document._ref == ^._id] | order(at desc)[0]`;

/**
 * Projection of a translatable document's language and translation review: for an article translation, from its
 * newest approval record (an English article needs none, so its approvals are not read); for a benefit or site
 * settings, from its `translationReviewer`/`translationReviewed` fields.
 */
export const translationReviewFields = /* groq */ `
  "language": ${languageOf},
  "translationReviewer": select(
    _type != "article" => translationReviewer->{${personFields}},
    ${languageOf} != "${DEFAULT_LANGUAGE}" => ${newestArticleApproval}.person->{${personFields}}
  ),
  "translationReviewed": select(
    _type != "article" => translationReviewed,
    ${languageOf} != "${DEFAULT_LANGUAGE}" => string::split(${newestArticleApproval}.at, "T")[0]
  )
`;

/** Zod shape for `translationReviewFields`; combine with `translationReviewGate` and `withTranslationReview`. */
export const translationReviewShape = {
  language: z.enum(SITE_LANGUAGE_CODES),
  translationReviewer: optionalPerson(),
  translationReviewed: droppable(
    isoDate.nullish().transform((value) => value ?? null),
    null,
  ),
};

type TranslationReviewInput = {
  language: SiteLanguage;
  translationReviewer: Person | null;
  translationReviewed: string | null;
};

export const TRANSLATION_REVIEW_MESSAGE =
  'is a translation without a translation reviewer and review date, so it is not shown';

/** True when a document may be shown: it is in the default language, or its translation review is recorded. */
export function hasTranslationReview(document: TranslationReviewInput): boolean {
  return (
    document.language === DEFAULT_LANGUAGE ||
    (document.translationReviewer !== null && document.translationReviewed !== null)
  );
}

/**
 * The translation gate as a zod refinement: a document in another language than the default needs a (valid)
 * translation reviewer and review date, as the Studio requires before publishing. Without them the document
 * fails as a whole and is reported, never shown with an unreviewed translation.
 */
export function translationReviewGate<T extends TranslationReviewInput>(
  document: T,
  ctx: z.RefinementCtx,
): void {
  if (!hasTranslationReview(document)) ctx.addIssue({ code: 'custom', message: TRANSLATION_REVIEW_MESSAGE });
}

export type TranslationReview = { reviewer: Person; reviewed: string };

/**
 * The validated document with `translationReviewer`/`translationReviewed` folded into `translationReview`:
 * `{reviewer, reviewed}` (reviewed is "YYYY-MM-DD") for a reviewed translation, null for the default language.
 */
export function withTranslationReview<T extends TranslationReviewInput>({
  translationReviewer,
  translationReviewed,
  ...document
}: T): Omit<T, 'translationReviewer' | 'translationReviewed'> & {
  translationReview: TranslationReview | null;
} {
  const translationReview =
    document.language !== DEFAULT_LANGUAGE && translationReviewer !== null && translationReviewed !== null
      ? { reviewer: translationReviewer, reviewed: translationReviewed }
      : null;
  return { ...document, translationReview };
}

/**
 * The published `type` documents linked with the document in scope (`^`) by its translation metadata, itself
 * included: its versions in every language. Unpublished versions are not read (the site reads the published
 * perspective). Each is projected with `fields` plus the translation review, so the site can check it would show
 * a version before linking to it.
 */
export const translationsOf = (
  type: string,
  fields: string,
): string => /* groq */ `*[_type == "${type}" && _id in *[_type == "${TRANSLATION_METADATA_TYPE}" && references(^.^._id)][0].translations[].value._ref]{
    ${fields},
    ${translationReviewFields}
  }`;

/** A link to another language's version of an article: its language and slug ("/es/articulos/<slug>"). */
export type TranslationLink = { language: SiteLanguage; slug: string };

const translationLinkSchema = z
  .object({ _id: z.string(), slug: slugString, ...translationReviewShape })
  .superRefine(translationReviewGate)
  .transform(({ language, slug }): TranslationLink => ({ language, slug }));

/** The translation links of a document in `ownLanguage`: other languages only, in `siteLanguages` order, invalid or
 * unreviewed versions left out (reported). Input: the `translationsOf('_id, "slug": slug.current')` projection. */
export const translationLinksSchema = lenientArray(translationLinkSchema);

export function otherLanguages(links: TranslationLink[], ownLanguage: SiteLanguage): TranslationLink[] {
  const seen = new Set<SiteLanguage>([ownLanguage]);
  return SITE_LANGUAGE_CODES.flatMap((code) => {
    const link = links.find((candidate) => candidate.language === code);
    if (!link || seen.has(code)) return [];
    seen.add(code);
    return [link];
  });
}
