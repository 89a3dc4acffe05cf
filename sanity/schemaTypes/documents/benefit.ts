// A benefit statement shown on the site: already hedged, with who it applies to, how strong the evidence is and
// at least one reference.
import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { EVIDENCE_LEVELS, evidenceLevelTitle } from '../shared/evidenceLevels.ts';
import { listOfTexts, requiredText } from '../shared/rules.ts';
import {
  checkSameLanguageReference,
  languageField,
  sameLanguageFilter,
  translationReviewFields,
} from '../shared/translation.ts';

export const benefit = defineType({
  name: 'benefit',
  title: 'Benefit',
  type: 'document',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'statement',
      title: 'Statement',
      type: 'string',
      description: 'The claim, already hedged, e.g. "May ease depressive symptoms within about a day".',
      validation: (rule) => [
        ...requiredText('Write the benefit statement')(rule),
        rule.max(140).error('Keep the statement to 140 characters or fewer'),
      ],
    }),
    defineField({
      name: 'qualifier',
      title: 'Who it applies to',
      type: 'string',
      description: 'e.g. "for some adults with treatment-resistant depression"',
      validation: requiredText('Say who this applies to, e.g. "for some adults with CRPS"'),
    }),
    defineField({
      name: 'evidenceLevel',
      title: 'Evidence level',
      type: 'string',
      options: { list: EVIDENCE_LEVELS, layout: 'radio' },
      validation: (rule) => rule.required().error('Choose how strong the evidence is'),
    }),
    defineField({
      name: 'conditions',
      title: 'Conditions',
      type: 'array',
      of: [defineArrayMember({ type: 'string', title: 'Condition' })],
      options: { layout: 'tags' },
      validation: listOfTexts('Remove the empty condition'),
    }),
    defineField({
      name: 'references',
      title: 'References',
      type: 'array',
      of: [defineArrayMember({ type: 'citation' })],
      validation: (rule) =>
        rule
          .required()
          .min(1)
          .error('Add at least one reference: every benefit must be backed by a study or guideline'),
    }),
    defineField({
      name: 'order',
      title: 'Display order',
      type: 'number',
      description: 'Lower numbers are shown first.',
      validation: (rule) => rule.required().integer().min(0).error('Enter a whole number, 0 or more'),
    }),
    defineField({
      name: 'article',
      title: 'Related article',
      type: 'reference',
      to: [{ type: 'article' }],
      description: 'An article in the same language as this benefit.',
      options: { filter: sameLanguageFilter },
      validation: (rule) => rule.custom(checkSameLanguageReference),
    }),
    languageField(),
    ...translationReviewFields(),
  ],
  orderings: [{ title: 'Display order', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: {
      statement: 'statement',
      qualifier: 'qualifier',
      evidenceLevel: 'evidenceLevel',
      order: 'order',
    },
    prepare: ({ statement, qualifier, evidenceLevel, order }: Record<string, unknown>) => ({
      title: typeof statement === 'string' ? statement : 'Untitled benefit',
      subtitle: [
        `Evidence: ${evidenceLevelTitle(evidenceLevel)}`,
        typeof qualifier === 'string' ? qualifier : null,
        typeof order === 'number' ? `#${order}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
});
