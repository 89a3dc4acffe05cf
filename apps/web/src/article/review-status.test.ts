import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { reviewCutoffOn } from '@clinic/content/rules';
import type { ReviewStatus } from '@clinic/content/review';
import { reviewCycle } from './review-status.ts';

// Calendar days as `YYYY-MM-DD`, from 2020 to 2035, leap days included.
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
// Noon UTC: the page's review cycle reads the UTC calendar day of `today`, and noon UTC is the same day in the
// clinic's zone, so an approval at noon is on that day there too.
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const reviewed = (approvedOn: string): ReviewStatus => ({
  state: 'reviewed',
  reviewer: { name: 'Dr. Ada Lee', credentials: 'MD' },
  approvedAt: `${approvedOn}T20:00:00Z`,
});

describe('review cycle', () => {
  it('is due twelve months after the approval, leap days falling due on 28 February', () => {
    expect(reviewCycle(reviewed('2026-10-15')).nextReviewDue).toBe('2027-10-15');
    expect(reviewCycle(reviewed('2024-02-29')).nextReviewDue).toBe('2025-02-28');
  });

  it('agrees with the Studio due-for-review list on every day: overdue exactly when the Studio lists it', () => {
    fc.assert(
      fc.property(day, day, (approvedOn, today) => {
        const site = reviewCycle(reviewed(approvedOn), noon(today)).overdue;
        const studio = approvedOn < reviewCutoffOn(today);
        expect(site).toBe(studio);
      }),
      { numRuns: 2000 },
    );
  });

  it('has no next review and is never overdue unless a clinician approved exactly this text', () => {
    fc.assert(
      fc.property(day, day, (approvedOn, today) => {
        const changed = reviewCycle({ state: 'changedSinceReview', approvedAt: `${approvedOn}T20:00:00Z` }, noon(today));
        expect(changed).toEqual({ approvedOn, nextReviewDue: null, overdue: false });
        expect(reviewCycle({ state: 'notReviewed' }, noon(today))).toEqual({
          approvedOn: null,
          nextReviewDue: null,
          overdue: false,
        });
      }),
    );
  });
});
