import type { Person } from '@clinic/content';
import { calendarTime } from '../CalendarTime.tsx';

/**
 * "Medically reviewed by <name>, <credentials> — last reviewed <date>". Sample people in the demo dataset are
 * labelled as placeholders so nobody mistakes them for the clinic's clinicians. Without a reviewer on record
 * only the date is stated; a reviewer is never implied.
 */
export function ReviewerLine({ reviewer, lastReviewed }: { reviewer: Person | null; lastReviewed: string | null }) {
  const when = calendarTime(lastReviewed);
  if (!reviewer) {
    return when ? <p className="reviewer">Last reviewed {when}</p> : null;
  }
  return (
    <p className="reviewer">
      Medically reviewed by <strong>{reviewer.name}</strong>
      {reviewer.credentials ? `, ${reviewer.credentials}` : null}
      {reviewer.isSamplePlaceholder ? (
        <>
          {' '}
          <span className="badge badge--placeholder">Sample reviewer — placeholder</span>
        </>
      ) : null}
      {when ? <> — last reviewed {when}</> : null}
    </p>
  );
}
