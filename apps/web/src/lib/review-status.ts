import type { Person } from '@clinic/content';
import { nextReviewDate } from '@clinic/content/rules';
import { calendarDate } from './dates.ts';

/** The `YYYY-MM-DD` of a CMS date, or null when it is missing or not a date. */
const isoDate = (value: string | null | undefined) => calendarDate(value)?.dateTime ?? null;

/**
 * What the site may say about an article's medical review. Only a real person with credentials on record counts
 * as a clinician reviewer: a sample placeholder, or a record without credentials, never makes content appear
 * "medically reviewed" on the page, in lists, social cards, llms.txt, the feed or JSON-LD `reviewedBy`.
 */
export interface ReviewStatus {
  /** True when the reviewer is a real, credentialed person. */
  clinicianReviewed: boolean;
  /** `YYYY-MM-DD` of the last review, or null when none is recorded. */
  lastReviewed: string | null;
  /** `YYYY-MM-DD`, twelve months after the last review (the content rules' review cycle, shared with the Studio). */
  nextReviewDue: string | null;
  /** True once `today` is past the next review date; the Studio lists the article as due from the same day. */
  overdue: boolean;
}

export function isClinicianReviewer(person: Person | null | undefined): boolean {
  return Boolean(person && person.isSamplePlaceholder !== true && person.credentials?.trim());
}

/** The review status of an article on `today` (a `Date`; its UTC calendar day is used). */
export function reviewStatus(
  reviewer: Person | null,
  lastReviewed: string | null,
  today: Date = new Date(),
): ReviewStatus {
  const last = isoDate(lastReviewed);
  const nextReviewDue = last ? nextReviewDate(last) : null;
  const todayIso = today.toISOString().slice(0, 10);
  return {
    clinicianReviewed: isClinicianReviewer(reviewer),
    lastReviewed: last,
    nextReviewDue,
    overdue: nextReviewDue !== null && todayIso > nextReviewDue,
  };
}

/** The short status a social card or a plain-text listing shows. */
export function reviewStatusLabel(status: ReviewStatus): string {
  if (!status.clinicianReviewed) return 'Sample content, not yet reviewed by a clinician';
  return status.lastReviewed ? `Medically reviewed · ${status.lastReviewed}` : 'Medically reviewed';
}
