import type { ReviewStatus } from '@clinic/content/review';
import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { calendarDate } from '@/i18n/dates';
import { reviewCycle } from './review-status.ts';
import { timeTag } from '@/ui/CalendarTime';

/**
 * What the article says about its medical review, from `review` (see @clinic/content/review) and nothing else:
 * "Medically reviewed by <name>, <credentials>, on <date>" only when a real clinician approved exactly the text
 * shown; "Updated after its medical review on <date>" when the text changed since; otherwise "Not yet reviewed by a
 * clinician." Each links the editorial policy, which says how review works. A reviewed page past its next review
 * date also says that the review is overdue.
 */
export function ReviewerLine({
  review,
  today,
  locale = 'en',
}: {
  review: ReviewStatus;
  /** The day to judge "overdue" against; tests pass a fixed one. */
  today?: Date;
  locale?: Locale;
}) {
  const t = translator(locale, 'Review');
  const cycle = reviewCycle(review, today);
  const approved = calendarDate(cycle.approvedOn, undefined, locale);
  const next = calendarDate(cycle.nextReviewDue, undefined, locale);
  const policy = <a href={sectionPath(locale, 'editorialPolicy')}>{t('policyLink')}</a>;
  return (
    <div className="review-status" data-review-state={review.state}>
      <p className="reviewer">
        {review.state === 'reviewed' && approved
          ? t.rich(review.reviewer.credentials ? 'reviewedBy' : 'reviewedByNoCredentials', {
              name: review.reviewer.name,
              credentials: review.reviewer.credentials ?? '',
              date: approved.text,
              strong: (chunks) => <strong>{chunks}</strong>,
              time: timeTag(approved),
            })
          : review.state === 'changedSinceReview' && approved
            ? t.rich('changedSinceReview', { date: approved.text, time: timeTag(approved) })
            : t('notReviewed')}{' '}
        {policy}
      </p>
      {review.state === 'reviewed' && next ? (
        <p className="meta">{t.rich('nextDue', { next: next.text, nextTime: timeTag(next) })}</p>
      ) : null}
      {cycle.overdue && next ? (
        <p className="review-overdue" role="note">
          {t.rich('overdue', { due: next.text, dueTime: timeTag(next) })}
        </p>
      ) : null}
    </div>
  );
}
