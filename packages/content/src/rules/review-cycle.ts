// The medical review cycle, defined once: an article is due for review twelve months after its last review. The
// Studio's due-for-review list and badges ask "reviewed before the cutoff?", the site asks "is today past the due
// date?"; both are answered here from plain `YYYY-MM-DD` calendar dates, so they can never disagree.

/** Months between two medical reviews of an article. */
export const REVIEW_CYCLE_MONTHS = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): [number, number, number] | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? [year, month, day] : null;
}

/** `YYYY-MM-DD` `months` calendar months after (negative: before) `isoDate`, clamped to the month's last day. */
function addMonths(isoDate: string, months: number): string | null {
  const date = parts(isoDate);
  if (!date) return null;
  const [year, month, day] = date;
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The day an article reviewed on `lastReviewed` (`YYYY-MM-DD`) falls due for its next review, twelve months on;
 * a 29 February review falls due on 28 February. Null when `lastReviewed` is not a calendar date.
 */
export function nextReviewDate(lastReviewed: string): string | null {
  return addMonths(lastReviewed, REVIEW_CYCLE_MONTHS);
}

/**
 * The earliest last-review date that is still current on `today` (`YYYY-MM-DD`): an article reviewed before it
 * is due. The Studio's due list passes it to GROQ as `lastReviewed < $cutoff`. Throws on a `today` that is not
 * a calendar date, since that is a programming error, not content.
 */
export function reviewCutoffOn(today: string): string {
  const date = parts(today);
  if (!date) throw new Error(`reviewCutoffOn: "${today}" is not a YYYY-MM-DD date`);
  const [year, month, day] = date;
  // Not clamped, unlike the due date: on 29 February the cutoff is 1 March a year earlier, so that a review on
  // 28 February (due on 28 February) counts as due on the 29th.
  return new Date(Date.UTC(year, month - 1 - REVIEW_CYCLE_MONTHS, day)).toISOString().slice(0, 10);
}

/** True when an article last reviewed on `lastReviewed` is due for review on `today` (both `YYYY-MM-DD`). */
export function isReviewDue(lastReviewed: string, today: string): boolean {
  const due = nextReviewDate(lastReviewed);
  return due !== null && today > due;
}
