import { clinicTimeZone } from '@/env/time-zone';
import { LANGUAGE_TAGS, type Locale } from './locales.ts';

/**
 * Dates from the CMS come in two kinds:
 * - calendar dates (`YYYY-MM-DD`, e.g. "last reviewed"): a day the editor picked, shown exactly as entered;
 * - datetimes (ISO 8601 with an offset, e.g. `publishedAt`): an instant, shown as the calendar date it was in
 *   the clinic's time zone, so an article published at 6:30 pm in Sacramento reads as that day everywhere,
 *   whatever zone the server runs in.
 * Structured data (JSON-LD, Open Graph) keeps the full ISO timestamp; these helpers are for what readers see.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as shown: `text` for readers ("September 1, 2026", "1 de septiembre de 2026"), `dateTime` (`YYYY-MM-DD`) for `<time dateTime>`. */
export interface CalendarDate {
  text: string;
  dateTime: string;
}

const textFormats = new Map<string, Intl.DateTimeFormat>();
const partFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  languageTag = 'en-US',
) {
  const key = `${languageTag} ${timeZone}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTag, { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

/** Year, month and day of a calendar date or an instant, or null for anything that is neither. */
function calendarParts(value: string, timeZone: string): { year: number; month: number; day: number } | null {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    // Rejects dates that do not exist (2026-02-30) instead of rolling them over into the next month.
    return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
      ? { year, month, day }
      : null;
  }
  // Only full timestamps with a zone count as instants: a bare `2026-09-01T18:30` would depend on the host.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = formatFor(partFormats, timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * The calendar date of a CMS date or datetime in the clinic's time zone (`timeZone` overrides it, an IANA
 * name), written for readers of `locale` (Intl's long date style for `en-US` or `es-US`). Null for a missing or
 * unparseable value, so callers leave the date out rather than show "Invalid Date".
 */
export function calendarDate(
  value: string | null | undefined,
  timeZone: string = clinicTimeZone,
  locale: Locale = 'en',
): CalendarDate | null {
  if (!value) return null;
  const parts = calendarParts(value.trim(), timeZone);
  if (!parts) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const dateTime = `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  // Formatting the day at noon UTC in UTC names exactly that day: no zone can move it.
  const text = formatFor(textFormats, 'UTC', { dateStyle: 'long' }, LANGUAGE_TAGS[locale]).format(
    new Date(`${dateTime}T12:00:00Z`),
  );
  return { text, dateTime };
}
