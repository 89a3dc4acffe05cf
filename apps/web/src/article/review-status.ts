import type { ReviewStatus } from '@clinic/content/review';
import { nextReviewDate } from '@clinic/content/rules';
import { calendarDate } from '@/i18n/dates';

/**
 * What the article page adds to its review status (`article.review`, derived in @clinic/content from the approval
 * records and the published text): the day of the approval in the clinic's time zone, the day the next review is
 * due (the content rules' twelve-month cycle, shared with the Studio), and whether today is past it. Only a
 * page whose exact text a real clinician approved ("reviewed") has a review cycle to be overdue on.
 */
export interface ReviewCycle {
  /** `YYYY-MM-DD` of the approval the page names, or null when there is none. */
  approvedOn: string | null;
  /** `YYYY-MM-DD`, twelve months after `approvedOn`, for a reviewed page; null otherwise. */
  nextReviewDue: string | null;
  /** True once `today` is past `nextReviewDue`. */
  overdue: boolean;
}

/** The review cycle of a page with `review` on `today` (a `Date`; its UTC calendar day is used). */
export function reviewCycle(review: ReviewStatus, today: Date = new Date()): ReviewCycle {
  const approvedOn = review.state === 'notReviewed' ? null : (calendarDate(review.approvedAt)?.dateTime ?? null);
  const nextReviewDue = review.state === 'reviewed' && approvedOn ? nextReviewDate(approvedOn) : null;
  return {
    approvedOn,
    nextReviewDue,
    overdue: nextReviewDue !== null && today.toISOString().slice(0, 10) > nextReviewDue,
  };
}
