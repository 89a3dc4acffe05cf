// Calendar dates as Sanity's `date` type stores them ("2026-10-20"). The Studio's date input writes that form, but
// the type itself accepts any text (a pasted "2026-10-20T00:00:00Z", an import's "20 Oct 2026"); review dates in
// any other form are refused by the Studio and by the site alike, with this one rule.

export const CALENDAR_DATE_MESSAGE = 'Enter the date as YYYY-MM-DD, a real calendar date without a time';

/** Null for a "YYYY-MM-DD" string naming a real day (leap years included), otherwise CALENDAR_DATE_MESSAGE. */
export function calendarDateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return CALENDAR_DATE_MESSAGE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return CALENDAR_DATE_MESSAGE;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : CALENDAR_DATE_MESSAGE;
}
