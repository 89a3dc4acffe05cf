// Benefit statements: the query for all of them in editorial order, the schema each must pass, and the fetch.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { citationFields, citationSchema } from '../citation/citation.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { EVIDENCE_LEVEL_VALUES, evidenceLevelLabel } from '../taxonomy.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { requiredText, slugString } from '../validation/fields.ts';
import { parseList } from '../validation/parse.ts';

/** All benefits in their editorial order. */
export const benefitsDocuments = /* groq */ `*[_type == "benefit"] | order(order asc, _id asc)`;

export const benefitFields = /* groq */ `
  _id,
  statement,
  qualifier,
  evidenceLevel,
  conditions,
  references[]{${citationFields}},
  order,
  "article": article->{title, "slug": slug.current}
`;

export const benefitsQuery = defineQuery(`${benefitsDocuments}{${benefitFields}}`);

/**
 * A benefit statement with who it applies to and how strong the evidence is. A claim is never shown without
 * support: a benefit left without any valid reference is dropped as a whole.
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
    article: droppable(z.object({ title: requiredText, slug: slugString }).nullable(), null),
  })
  .refine((benefit) => benefit.references.length > 0, { message: 'has no valid reference' })
  .transform((benefit) => ({ ...benefit, evidenceLabel: evidenceLevelLabel(benefit.evidenceLevel) }));

export type Benefit = z.output<typeof benefitSchema>;

/** Every benefit in editorial order; invalid ones (including any left without a valid reference) are left out. */
export async function fetchBenefits(fetcher: ContentFetcher): Promise<Benefit[]> {
  const result = await fetcher({ query: benefitsQuery, tags: ['benefit', 'article'], label: 'benefits' });
  return parseList(benefitSchema, result, 'benefit');
}
