import type { Person } from '@clinic/content';
import { calendarTime } from '../CalendarTime.tsx';
import { reviewStatus } from '@/lib/review-status';

function DateText({ iso }: { iso: string }) {
  return calendarTime(iso);
}

/**
 * Who reviewed the article and when, and when the next review is due. "Medically reviewed by" appears only for
 * a real reviewer with credentials; a sample placeholder is named as such and the article says plainly that no
 * clinician has reviewed it. Past the due date, visitors see a short notice that the review is overdue.
 */
export function ReviewerLine({
  reviewer,
  lastReviewed,
  today,
}: {
  reviewer: Person | null;
  lastReviewed: string | null;
  /** The day to judge "overdue" against; tests pass a fixed one. */
  today?: Date;
}) {
  const status = reviewStatus(reviewer, lastReviewed, today);
  return (
    <div className="review-status">
      <p className="reviewer">
        {status.clinicianReviewed && reviewer ? (
          <>
            Medically reviewed by <strong>{reviewer.name}</strong>
            {reviewer.credentials ? `, ${reviewer.credentials}` : null}
          </>
        ) : (
          <>
            Not yet reviewed by a clinician.
            {reviewer ? (
              <>
                {' '}
                Reviewer on record: {reviewer.name}
                {reviewer.isSamplePlaceholder ? (
                  <>
                    {' '}
                    <span className="badge badge--placeholder">Sample reviewer — placeholder</span>
                  </>
                ) : null}
              </>
            ) : null}
          </>
        )}
      </p>
      {status.lastReviewed && status.nextReviewDue ? (
        <p className="meta">
          Last reviewed <DateText iso={status.lastReviewed} /> · Next review due <DateText iso={status.nextReviewDue} />
        </p>
      ) : null}
      {status.overdue && status.nextReviewDue ? (
        <p className="review-overdue" role="note">
          This article&apos;s medical review is overdue (it was due <DateText iso={status.nextReviewDue} />). Some
          details may be out of date; check them with a clinician.
        </p>
      ) : null}
    </div>
  );
}
