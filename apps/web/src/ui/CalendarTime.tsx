import type { ReactElement, ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import { calendarDate, type CalendarDate } from '@/i18n/dates';

/**
 * A CMS date or datetime as a `<time>` element: the calendar date in the clinic's time zone, the same day in
 * the text and in `dateTime`. Null for a missing or unparseable value, so the caller can leave out its label too.
 */
export function calendarTime(value: string | null | undefined, locale: Locale = 'en'): ReactElement | null {
  const date = calendarDate(value, undefined, locale);
  return date ? <time dateTime={date.dateTime}>{date.text}</time> : null;
}

/**
 * For a translated message with a `<time>` tag around a date argument ("Published <time>{date}</time>"): wraps
 * the message's words in `<time dateTime>`, so the sentence is the translator's and the machine date stays exact.
 */
export function timeTag(date: CalendarDate): (chunks: ReactNode) => ReactElement {
  return function TimeTag(chunks) {
    return <time dateTime={date.dateTime}>{chunks}</time>;
  };
}
