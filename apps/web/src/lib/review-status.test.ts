import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { reviewCutoffOn } from '@clinic/content/rules';
import { reviewer } from '@/test/fixtures';
import { reviewStatus, reviewStatusLabel } from './review-status.ts';

// Calendar days as `YYYY-MM-DD`, from 2020 to 2035, leap days included.
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
// Noon UTC: the page's review status reads the UTC calendar day of `today`.
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('review status', () => {
  it('is due twelve months after the last review, leap days falling due on 28 February', () => {
    expect(reviewStatus(reviewer, '2026-10-15').nextReviewDue).toBe('2027-10-15');
    expect(reviewStatus(reviewer, '2024-02-29').nextReviewDue).toBe('2025-02-28');
    expect(reviewStatus(reviewer, 'not a date').nextReviewDue).toBeNull();
  });

  it('agrees with the Studio due-for-review list on every day: overdue exactly when the Studio lists it', () => {
    fc.assert(
      fc.property(day, day, (lastReviewed, today) => {
        const site = reviewStatus(reviewer, lastReviewed, noon(today)).overdue;
        const studio = lastReviewed < reviewCutoffOn(today);
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
