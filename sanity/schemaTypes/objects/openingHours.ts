// One row of opening hours: a set of days sharing the same times. Only ever entered from the clinic's own data.
import { ClockIcon } from '@sanity/icons/Clock';
import { WEEKDAYS } from '@clinic/content/taxonomy';
import { clockTimeProblem, normalizeClockTime, openingHoursProblem } from '@clinic/content/rules';
import { defineField, defineType } from 'sanity';
import { normalizedStringInput } from '../../form/NormalizedStringInput.tsx';
import { locate, locatedCheck } from '../shared/location.ts';
import { optional } from '../shared/rules.ts';

// Times are typed as people write them ("9:00", "9am", "5:30 PM") and stored as 24-hour HH:MM.
const ClockTimeInput = normalizedStringInput(normalizeClockTime);

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
      of: [{ type: 'string', title: 'Day' }],
      options: { list: WEEKDAYS.map((day) => ({ value: day, title: day })), layout: 'grid' },
      validation: (rule) =>
        rule.custom(
          locatedCheck(
            (days: unknown[] | undefined) => Array.isArray(days) && days.length > 0 && new Set(days).size === days.length,
            'Tick at least one day',
          ),
        ),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      components: { input: ClockTimeInput },
      validation: (rule) => [
        rule.custom(locatedCheck(Boolean, 'Enter the opening time')),
        rule.custom(optional(clockTimeProblem)),
      ],
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      components: { input: ClockTimeInput },
      validation: (rule) => [
        rule.custom(locatedCheck(Boolean, 'Enter the closing time')),
        rule.custom(optional(clockTimeProblem)),
        rule.custom((closes: string | undefined, context) => {
          const opens = (context.parent as { opens?: string } | undefined)?.opens;
          const problem = openingHoursProblem(opens, closes);
          return problem === null ? true : locate(context, problem);
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
