import { z } from 'zod';
import { citationSchema } from '../citation/citation.schema.ts';
import { EVIDENCE_LEVEL_VALUES, evidenceLevelLabel } from '../taxonomy.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { requiredText, slugString } from '../validation/fields.ts';

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
