import type { Person, TranslationReview } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { calendarDate } from '@/lib/dates';
import { reviewStatus } from '@/lib/review-status';
import { timeTag } from '../CalendarTime.tsx';

/**
 * Who reviewed the article and when, and when the next review is due. "Medically reviewed by" appears only for
 * a real reviewer with credentials; a sample placeholder is named as such and the article says plainly that no
 * clinician has reviewed it. Past the due date, visitors see a short notice that the review is overdue.
 */
export function ReviewerLine({
  reviewer,
  lastReviewed,
  today,
  locale = 'en',
  translationReview = null,
}: {
  reviewer: Person | null;
  lastReviewed: string | null;
  /** The day to judge "overdue" against; tests pass a fixed one. */
  today?: Date;
  locale?: Locale;
  /** Who checked the translation against the original, and when; null for an article in the default language. */
  translationReview?: TranslationReview | null;
}) {
  const t = translator(locale, 'Review');
  const status = reviewStatus(reviewer, lastReviewed, today);
  const last = calendarDate(status.lastReviewed, undefined, locale);
  const next = calendarDate(status.nextReviewDue, undefined, locale);
  const translated = translationReview ? calendarDate(translationReview.reviewed, undefined, locale) : null;
  return (
    <div className="review-status">
      <p className="reviewer">
        {status.clinicianReviewed && reviewer ? (
          <>
            {t.rich('reviewedBy', { name: reviewer.name, strong: (chunks) => <strong>{chunks}</strong> })}
            {reviewer.credentials ? `, ${reviewer.credentials}` : null}
          </>
        ) : (
          <>
            {t('notReviewed')}
            {reviewer ? (
              <>
                {' '}
                {t('onRecord', { name: reviewer.name })}
                {reviewer.isSamplePlaceholder ? (
                  <>
                    {' '}
                    <span className="badge badge--placeholder">{t('sampleReviewer')}</span>
                  </>
                ) : null}
              </>
            ) : null}
          </>
        )}
      </p>
      {last && next ? (
        <p className="meta">{t.rich('dates', { last: last.text, next: next.text, lastTime: timeTag(last), nextTime: timeTag(next) })}</p>
      ) : null}
      {translationReview && translated ? (
        <p className="meta">
          {t.rich('translated', { name: translationReview.reviewer.name, date: translated.text, time: timeTag(translated) })}
          {translationReview.reviewer.isSamplePlaceholder ? (
            <>
              {' '}
              <span className="badge badge--placeholder">{t('sampleTranslationReviewer')}</span>
            </>
          ) : null}
        </p>
      ) : null}
      {status.overdue && next ? (
        <p className="review-overdue" role="note">
          {t.rich('overdue', { due: next.text, dueTime: timeTag(next) })}
        </p>
      ) : null}
    </div>
  );
}
