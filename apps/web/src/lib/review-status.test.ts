import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { reviewCutoffDate } from '../../../../sanity/schemaTypes/shared/dates.ts';
import { reviewer } from '@/test/fixtures';
import { nextReviewDate, reviewStatus, reviewStatusLabel } from './review-status.ts';

// Calendar days as `YYYY-MM-DD`, from 2020 to 2035, leap days included.
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
// Noon UTC: the same calendar day in UTC and in the host's zone, which the Studio's date helpers use.
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const localNoon = (iso: string) => {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
};

describe('review status', () => {
  it('is due twelve months after the last review, leap days falling due on 28 February', () => {
    expect(nextReviewDate('2026-10-15')).toBe('2027-10-15');
    expect(nextReviewDate('2024-02-29')).toBe('2025-02-28');
    expect(nextReviewDate('not a date')).toBeNull();
  });

  it('agrees with the Studio due-for-review list on every day: overdue exactly when the Studio lists it', () => {
    fc.assert(
      fc.property(day, day, (lastReviewed, today) => {
        const site = reviewStatus(reviewer, lastReviewed, noon(today)).overdue;
        const studio = lastReviewed < reviewCutoffDate(localNoon(today));
        expect(site).toBe(studio);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts only a real, credentialed reviewer as clinician review, whatever the rest of the record says', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string(), fc.option(day), (placeholder, credentials, lastReviewed) => {
        const status = reviewStatus(
          { ...reviewer, isSamplePlaceholder: placeholder, credentials },
          lastReviewed,
        );
        expect(status.clinicianReviewed).toBe(!placeholder && credentials.trim() !== '');
        expect(/medically reviewed/i.test(reviewStatusLabel(status))).toBe(status.clinicianReviewed);
      }),
    );
  });
});
