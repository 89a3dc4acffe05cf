// Date helpers for review dates. Dates in the dataset are plain `YYYY-MM-DD` strings (Sanity's `date` type), so
// comparisons work on those strings in the editor's calendar, with no time-zone shifts.

/** Today's date as `YYYY-MM-DD` in the local calendar of the machine running the check. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The date twelve months before `now`: anything reviewed before it is due for medical review. */
export function reviewCutoffDate(now: Date = new Date()): string {
  const cutoff = new Date(now.getFullYear() - 1, now.getMonth(), now.getDate());
  return todayIsoDate(cutoff);
}

export function isFutureIsoDate(value: string, now: Date = new Date()): boolean {
  return value > todayIsoDate(now);
}
