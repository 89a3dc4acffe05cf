// An inline call to action. It names an action, not a number or link: the site fills in the primary clinic's
// phone, booking link or directions, so a change to the clinic record reaches every article at once.
import { BellIcon } from '@sanity/icons/Bell';
import { defineField, defineType } from 'sanity';
import { locatedCheck } from '../shared/location.ts';
import { atMost, requiredText } from '../shared/rules.ts';

const ACTIONS = [
  { value: 'call', title: 'Call the clinic' },
  { value: 'book', title: 'Book a consultation' },
  { value: 'directions', title: 'Get directions' },
];

export const ctaBlock = defineType({
  name: 'ctaBlock',
  title: 'Call to action',
  type: 'object',
  icon: BellIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      validation: (rule) => [
        ...requiredText('Write a short heading, e.g. "Questions about whether ketamine is right for you?"')(rule),
        rule.custom(locatedCheck(atMost(80), 'Keep the heading to 80 characters or fewer')),
      ],
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.custom(locatedCheck(atMost(240), 'Keep the text to 240 characters or fewer')),
    }),
    defineField({
      name: 'action',
      title: 'Action',
      type: 'string',
      description: "Uses the primary clinic's phone number, booking link or address.",
      options: { list: ACTIONS, layout: 'radio' },
      initialValue: 'call',
      validation: (rule) =>
        rule.custom(locatedCheck(Boolean, 'Choose what the button does: call, book or directions')),
    }),
  ],
  preview: {
    select: { heading: 'heading', action: 'action' },
    prepare: ({ heading, action }: { heading?: string; action?: string }) => ({
      title: heading ?? 'Call to action',
      subtitle: `Call to action · ${ACTIONS.find((item) => item.value === action)?.title ?? 'no action'}`,
    }),
  },
});
