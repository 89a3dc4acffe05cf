import type { ReactElement } from 'react';
import { calendarDate } from '@/lib/dates';

/**
 * A CMS date or datetime as a `<time>` element: the calendar date in the clinic's time zone, the same day in
 * the text and in `dateTime`. Null for a missing or unparseable value, so the caller can leave out its label too.
 */
export function calendarTime(value: string | null | undefined): ReactElement | null {
  const date = calendarDate(value);
  return date ? <time dateTime={date.dateTime}>{date.text}</time> : null;
}
