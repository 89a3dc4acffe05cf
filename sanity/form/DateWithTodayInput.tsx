// A calendar date field as staff in the US type dates: "12/07/2026" (month/day/year) is accepted and shown that
// way, the stored value stays Sanity's `YYYY-MM-DD`, and a "Today" button next to the field sets today's date in
// one click (Sanity's own date picker has no such button in 6.9: its day presets are switched off).
import { Box, Button, Flex } from '@sanity/ui';
import { useCallback, type ReactNode } from 'react';
import { set, type StringInputProps } from 'sanity';
import { todayIsoDate } from '../schemaTypes/shared/dates.ts';

/** How date fields show and read a date (Sanity's `dateFormat` option, Moment-style tokens). */
export const DATE_FORMAT = 'MM/DD/YYYY';

export function DateWithTodayInput(props: StringInputProps): ReactNode {
  const { onChange, readOnly } = props;
  const setToday = useCallback(() => onChange(set(todayIsoDate())), [onChange]);
  return (
    <Flex gap={2} align="center">
      <Box flex={1}>{props.renderDefault(props)}</Box>
      <Button text="Today" mode="ghost" onClick={setToday} disabled={Boolean(readOnly)} />
    </Flex>
  );
}

/** Field settings for a calendar date: the format above and the Today button. */
export const dateFieldSettings = {
  options: { dateFormat: DATE_FORMAT },
  components: { input: DateWithTodayInput },
} as const;
