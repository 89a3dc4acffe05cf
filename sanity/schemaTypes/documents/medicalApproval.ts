// A recorded medical approval, or an editor's statement that a change is not clinical: who, when, which article
// and revision, and the fingerprint of the clinical content it is about (see @clinic/content/review). The site
// says "Medically reviewed" only from these records. They are written by document actions and by the sample
// seed, never typed: the type is read-only and is left out of the create menu (see sanity.config.ts).
import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { MEDICAL_APPROVAL_TYPE } from '@clinic/content/review';
import { defineField, defineType } from 'sanity';

export const APPROVAL_KINDS = [
  { value: 'approval', title: 'Medical approval' },
  { value: 'nonClinicalChange', title: 'No clinical change (editor statement)' },
];

export const medicalApproval = defineType({
  name: MEDICAL_APPROVAL_TYPE,
  title: 'Medical approval',
  type: 'document',
  icon: CheckmarkCircleIcon,
  readOnly: true,
  fields: [
    defineField({ name: 'kind', title: 'Kind', type: 'string', options: { list: APPROVAL_KINDS } }),
    defineField({
      name: 'document',
      title: 'Article',
      type: 'reference',
      to: [{ type: 'article' }],
      // Weak: the record outlives the article, so a deleted article's approvals still answer "who signed off".
      weak: true,
    }),
    defineField({ name: 'documentType', title: 'Document type', type: 'string' }),
    defineField({ name: 'language', title: 'Language', type: 'string' }),
    defineField({
      name: 'person',
      title: 'Person',
      type: 'reference',
      to: [{ type: 'person' }],
      weak: true,
      description: 'The reviewer who approved, or the editor who stated the change is not clinical.',
    }),
    defineField({ name: 'userId', title: 'Studio user id', type: 'string' }),
    defineField({ name: 'userName', title: 'Studio user name', type: 'string' }),
    defineField({ name: 'at', title: 'At', type: 'datetime' }),
    defineField({ name: 'revision', title: 'Revision approved', type: 'string' }),
    defineField({ name: 'clinicalFingerprint', title: 'Clinical fingerprint', type: 'string' }),
    defineField({
      name: 'approvedFingerprint',
      title: 'Approved fingerprint',
      type: 'string',
      description: 'For a "no clinical change" statement: the approved content it says this equals clinically.',
    }),
    defineField({ name: 'reason', title: 'Reason', type: 'text', rows: 2 }),
    defineField({
      name: 'sourceFingerprint',
      title: 'Source fingerprint',
      type: 'string',
      description: "For a translation: the English source's clinical fingerprint when the translation was approved.",
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'atDesc', by: [{ field: 'at', direction: 'desc' }] }],
  preview: {
    select: { kind: 'kind', title: 'document.title', name: 'userName', at: 'at' },
    prepare: ({ kind, title, name, at }: Record<string, unknown>) => ({
      title: typeof title === 'string' ? title : 'Deleted article',
      subtitle: [
        APPROVAL_KINDS.find((item) => item.value === kind)?.title ?? 'Unknown kind',
        typeof name === 'string' ? name : null,
        typeof at === 'string' ? at.slice(0, 10) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
});
