import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isReviewDue, nextReviewDate, reviewCutoffOn } from './review-cycle.ts';

// Calendar days as `YYYY-MM-DD`, from 2020 to 2035, leap days included.
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// Pairs of (last review, today): any two days, and days around the due date, where a disagreement would show.
const reviewAndToday = fc.oneof(
  fc.tuple(day, day),
  fc
    .tuple(day, fc.integer({ min: 360, max: 370 }))
    .map(([last, days]) => [last, plusDays(last, days)] as const),
);

describe('the medical review cycle', () => {
  it('falls due twelve months after the last review, a leap-day review on 28 February', () => {
    expect(nextReviewDate('2026-10-15')).toBe('2027-10-15');
    expect(nextReviewDate('2024-02-29')).toBe('2025-02-28');
    expect(nextReviewDate('2026-02-30')).toBeNull();
    expect(nextReviewDate('not a date')).toBeNull();
  });

  it('lists an article as due on the day after its due date, not on it', () => {
    expect(isReviewDue('2025-10-15', '2026-10-15')).toBe(false);
    expect(isReviewDue('2025-10-15', '2026-10-16')).toBe(true);
    expect(isReviewDue('2023-02-28', '2024-02-29')).toBe(true);
  });

  it('gives the Studio a cutoff that lists exactly the articles the site calls due, on every day', () => {
    fc.assert(
      fc.property(reviewAndToday, ([lastReviewed, today]) => {
        expect(lastReviewed < reviewCutoffOn(today)).toBe(isReviewDue(lastReviewed, today));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => reviewCutoffOn('2026-13-01')).toThrow(/not a YYYY-MM-DD date/);
  });
});
