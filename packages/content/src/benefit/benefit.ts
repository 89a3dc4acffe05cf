// Benefit statements: the query for all of them in editorial order, the schema each must pass, and the fetch.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { citationFields, citationSchema } from '../citation/citation.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, inLanguage, type SiteLanguage } from '../language/language.ts';
import { EVIDENCE_LEVEL_VALUES, evidenceLevelLabel } from '../taxonomy.ts';
import {
  translationReviewFields,
  translationReviewGate,
  translationReviewShape,
  withTranslationReview,
} from '../translation/translation.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { requiredText, slugString } from '../validation/fields.ts';
import { parseList } from '../validation/parse.ts';

/** All benefits in the language of the `$language` parameter, in their editorial order. */
export const benefitsDocuments = /* groq */ `*[_type == "benefit" && ${inLanguage}] | order(order asc, _id asc)`;

export const benefitFields = /* groq */ `
  _id,
  statement,
  qualifier,
  evidenceLevel,
  conditions,
  references[]{${citationFields}},
  order,
  "article": article->{title, "slug": slug.current, ${translationReviewFields}},
  ${translationReviewFields}
`;

export const benefitsQuery = defineQuery(`${benefitsDocuments}{${benefitFields}}`);

export const ARTICLE_IN_OTHER_LANGUAGE_MESSAGE =
  'links an article in another language, so the link is not shown (link the version in the benefit\'s language)';

/** The related article: shown only when the site shows that article (a translation needs its review). */
const linkedArticleSchema = z
  .object({ title: requiredText, slug: slugString, ...translationReviewShape })
  .superRefine(translationReviewGate);

/**
 * A benefit statement with who it applies to and how strong the evidence is. A claim is never shown without
 * support: a benefit left without any valid reference is dropped as a whole, and so is a translation without its
 * translation review. `article` is the related article as `{title, slug}`, or null: the link is left out (and
 * reported) when that article is in another language than the benefit, since its path is the benefit's
 * language's (`/es/articulos/<slug>` for a Spanish benefit), or when the site would not show it.
 */
export const benefitSchema = z
  .object({
    _id: requiredText,
    statement: requiredText,
    qualifier: requiredText,
    evidenceLevel: z.enum(EVIDENCE_LEVEL_VALUES),
    conditions: lenientArray(requiredText),
    references: lenientArray(citationSchema),
    order: z.number().int().min(0),
    // The linked article may be unpublished (then the reference resolves to null) or broken (then it is dropped).
    article: droppable(linkedArticleSchema.nullable(), null),
    ...translationReviewShape,
  })
  .refine((benefit) => benefit.references.length > 0, { message: 'has no valid reference' })
  .superRefine(translationReviewGate)
  .superRefine((benefit, ctx) => {
    if (benefit.article && benefit.article.language !== benefit.language)
      ctx.addIssue({ code: 'custom', path: ['article'], message: ARTICLE_IN_OTHER_LANGUAGE_MESSAGE });
  })
  .transform(({ article, ...benefit }) => ({
    ...withTranslationReview(benefit),
    article: article && { title: article.title, slug: article.slug },
    evidenceLabel: evidenceLevelLabel(benefit.evidenceLevel),
  }));

export type Benefit = z.output<typeof benefitSchema>;

/**
 * Every benefit in `language` (default "en") in editorial order; invalid ones (including any left without a
 * valid reference, or a translation without its review) are left out and reported. Throws InvalidLanguageError
 * for a language the site is not published in.
 */
export async function fetchBenefits(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<Benefit[]> {
  const result = await fetcher({
    query: benefitsQuery,
    params: { language: checkedLanguage(language) },
    tags: ['benefit', 'article'],
    label: 'benefits',
  });
  return parseList(benefitSchema, result, 'benefit');
}
