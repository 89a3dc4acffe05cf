// One row of opening hours: a set of days sharing the same times. Only ever entered from the clinic's own data.
import { ClockIcon } from '@sanity/icons/Clock';
import { WEEKDAYS } from '@clinic/content/taxonomy';
import { defineField, defineType } from 'sanity';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = 'Use 24-hour time as HH:MM, e.g. 09:00 or 17:30';

export const openingHours = defineType({
  name: 'openingHours',
  title: 'Opening hours',
  type: 'object',
  icon: ClockIcon,
  fields: [
    defineField({
      name: 'days',
      title: 'Days',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: WEEKDAYS.map((day) => ({ value: day, title: day })), layout: 'grid' },
      validation: (rule) => rule.required().min(1).unique().error('Tick at least one day'),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Enter the opening time'),
        rule.regex(TIME_PATTERN).error(TIME_MESSAGE),
      ],
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Enter the closing time'),
        rule.regex(TIME_PATTERN).error(TIME_MESSAGE),
        rule.custom((closes: string | undefined, context) => {
          const opens = (context.parent as { opens?: string } | undefined)?.opens;
          if (!closes || !opens || !TIME_PATTERN.test(opens) || !TIME_PATTERN.test(closes)) return true;
          return closes > opens ? true : 'The closing time must be later than the opening time';
        }),
      ],
    }),
  ],
  preview: {
    select: { days: 'days', opens: 'opens', closes: 'closes' },
    prepare: ({ days, opens, closes }: { days?: string[]; opens?: string; closes?: string }) => ({
      title: days?.length ? days.join(', ') : 'No days chosen',
      subtitle: `${opens ?? '?'}–${closes ?? '?'}`,
    }),
  },
});
