// One reference behind a medical claim (named `citation` because `reference` is a built-in Sanity type).
import { BookIcon } from '@sanity/icons/Book';
import { STUDY_TYPES } from '@clinic/content/taxonomy';
import { defineField, defineType } from 'sanity';
import { urlProblem } from '../../contentCheck/exactReference.ts';
import { doiProblem, normalizeDoi } from '@clinic/content/rules';
import { normalizedStringInput } from '../../form/NormalizedStringInput.tsx';
import { locate } from '../shared/location.ts';
import { httpsUrl, optional, requiredText } from '../shared/rules.ts';

const STUDY_TYPE_OPTIONS = STUDY_TYPES.map((type) => ({ value: type.value, title: type.label }));

export const citation = defineType({
  name: 'citation',
  title: 'Reference',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description:
        'Exactly as published, e.g. "Ketamine and other NMDA receptor antagonists for chronic pain".',
      validation: requiredText('Enter the title of the study, guideline or label'),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'string',
      description: 'e.g. "Cohen SP, Bhatia A, et al."',
    }),
    defineField({
      name: 'source',
      title: 'Source',
      type: 'string',
      description: 'Journal, publisher or agency, e.g. "Regional Anesthesia & Pain Medicine" or "US FDA".',
      validation: requiredText('Enter where it was published (journal, publisher or agency)'),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      validation: (rule) =>
        rule.custom((year: number | undefined, context) => {
          const thisYear = new Date().getFullYear();
          return year === undefined || (Number.isInteger(year) && year >= 1900 && year <= thisYear)
            ? true
            : locate(context, `Enter the year of publication as four digits, between 1900 and ${thisYear}`);
        }),
    }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description: 'The identifier, e.g. 10.1056/NEJMoa2302399; a pasted https://doi.org/ link is shortened to it.',
      components: { input: normalizedStringInput(normalizeDoi) },
      validation: (rule) => rule.custom(optional(doiProblem)),
    }),
    defineField({
      name: 'url',
      title: 'Link',
      type: 'url',
      description:
        'The document itself: its PubMed record (https://pubmed.ncbi.nlm.nih.gov/<PMID>/), the label version on DailyMed, or the exact page of the notice. Never a search or a home page.',
      validation: (rule) => [
        httpsUrl(rule),
        rule.custom(optional((url) => urlProblem(String(url)))),
      ],
    }),
    defineField({
      name: 'studyType',
      title: 'Type of evidence',
      type: 'string',
      options: { list: STUDY_TYPE_OPTIONS },
    }),
  ],
  validation: (rule) =>
    rule.custom((value: { doi?: string; url?: string } | undefined, context) =>
      !value || value.doi || value.url ? true : locate(context, 'Add a DOI or a link so readers can find this reference'),
    ),
  preview: {
    select: { title: 'title', source: 'source', year: 'year' },
    prepare: ({ title, source, year }: { title?: string; source?: string; year?: number }) => ({
      title: title ?? 'Untitled reference',
      subtitle: [source, year].filter(Boolean).join(', '),
    }),
  },
});
