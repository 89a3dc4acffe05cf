/**
 * Dates from the CMS are calendar dates (`YYYY-MM-DD`) or ISO datetimes. They are shown in UTC so the text a
 * visitor reads is the same on every server and never shifts a day with the host's time zone.
 */
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : longDate.format(date);
}

/** The `YYYY-MM-DD` part for `<time dateTime>` and structured data; null when unparseable. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
