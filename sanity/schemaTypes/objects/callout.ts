// A highlighted note inside an article body. `crisis` is reserved for 988 / 911 wording.
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import { defineField, defineType } from 'sanity';
import { locatedCheck } from '../shared/location.ts';
import { atMost, requiredText } from '../shared/rules.ts';

const TONES = [
  { value: 'info', title: 'Information' },
  { value: 'warning', title: 'Warning' },
  { value: 'crisis', title: 'Crisis (988 / 911)' },
];

export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: WarningOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      options: { list: TONES, layout: 'radio', direction: 'horizontal' },
      initialValue: 'info',
      validation: (rule) =>
        rule.custom(locatedCheck(Boolean, 'Choose how the callout should look: information, warning or crisis')),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        ...requiredText('Write the text of the callout')(rule),
        rule.custom(locatedCheck(atMost(500), 'Keep a callout short: 500 characters or fewer')),
      ],
    }),
  ],
  preview: {
    select: { tone: 'tone', text: 'text' },
    prepare: ({ tone, text }: { tone?: string; text?: string }) => ({
      title: text ?? 'Empty callout',
      subtitle: `Callout · ${TONES.find((item) => item.value === tone)?.title ?? 'no tone'}`,
    }),
  },
});
