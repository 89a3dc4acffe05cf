// One item of an article's or a benefit's `references` array: projection and schema.
import { z } from 'zod';
import { doiProblem, normalizeDoi } from '../rules/doi.ts';
import { ruleIssue } from '../rules/zod.ts';
import { STUDY_TYPE_VALUES } from '../taxonomy.ts';
import { droppable } from '../validation/droppable.ts';
import { optionalHttpsUrl, optionalText, requiredText } from '../validation/fields.ts';

export const citationFields = /* groq */ `
  _key,
  title,
  authors,
  source,
  year,
  doi,
  url,
  studyType
`;

/** "https://doi.org/10.1002/14651858.CD011612.pub3", with the characters a URL path cannot carry escaped. */
export function doiHref(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * One reference. A bad year, DOI, URL or study type is dropped from the citation alone; a citation left with
 * neither a DOI nor a URL cannot be checked by a reader, so the citation itself is dropped.
 */
export const citationSchema = z
  .object({
    _key: requiredText,
    title: requiredText,
    authors: optionalText(),
    source: requiredText,
    year: droppable(
      z
        .number()
        .int()
        .min(1900)
        .refine((year) => year <= new Date().getUTCFullYear() + 1, 'must not be in the future')
        .nullable(),
      null,
    ),
    // Read as the Studio's DOI field stores what is pasted into it, so a DOI saved as a doi.org link still links.
    doi: droppable(z.string().transform(normalizeDoi).superRefine(ruleIssue(doiProblem)).nullable(), null),
    url: optionalHttpsUrl(),
    studyType: droppable(z.enum(STUDY_TYPE_VALUES).nullable(), null),
  })
  .refine((citation) => citation.doi !== null || citation.url !== null, {
    message: 'needs a DOI or an https URL a reader can follow',
  })
  .transform((citation) => ({
    ...citation,
    href: citation.url ?? doiHref(citation.doi as string),
  }));

export type Citation = z.output<typeof citationSchema>;
