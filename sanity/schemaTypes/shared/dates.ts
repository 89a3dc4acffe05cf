// Date helpers for review dates. Dates in the dataset are plain `YYYY-MM-DD` strings (Sanity's `date` type), so
// comparisons work on those strings in the editor's calendar, with no time-zone shifts.
import { reviewCutoffOn } from '@clinic/content/rules';

/** Today's date as `YYYY-MM-DD` in the local calendar of the machine running the check. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The cutoff of the review cycle on `now`'s local calendar day: anything reviewed before it is due for medical
 * review. The cycle itself is the content rules' (`reviewCutoffOn`), which the site's review status shares.
 */
export function reviewCutoffDate(now: Date = new Date()): string {
  return reviewCutoffOn(todayIsoDate(now));
}

export function isFutureIsoDate(value: string, now: Date = new Date()): boolean {
  return value > todayIsoDate(now);
}
