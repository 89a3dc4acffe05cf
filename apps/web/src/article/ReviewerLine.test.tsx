import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { ReviewerLine } from './ReviewerLine.tsx';

const today = new Date('2026-11-29T12:00:00Z');
const reviewed = (approvedAt: string, credentials: string | null = 'MD, board-certified anesthesiologist') =>
  ({ state: 'reviewed', reviewer: { name: 'Dr. Ada Lee', credentials }, approvedAt }) as const;

describe('ReviewerLine', () => {
  it('names the clinician who approved this exact text, with credentials and date, and the next review due', () => {
    const { container } = render(<ReviewerLine review={reviewed('2026-03-03T17:00:00Z')} today={today} />);
    expect(container.textContent).toBe(
      'Medically reviewed by Dr. Ada Lee, MD, board-certified anesthesiologist, on March 3, 2026. How we review articles' +
        'Next review due March 3, 2027',
    );
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2026-03-03',
      '2027-03-03',
    ]);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/editorial-policy');
  });

  it('says the text changed after its review, with the review date, and never "medically reviewed by"', () => {
    const { container } = render(
      <ReviewerLine review={{ state: 'changedSinceReview', approvedAt: '2025-09-30T16:00:00Z' }} today={today} />,
    );
    expect(container.textContent).toBe(
      'Updated after its medical review on September 30, 2025; the changes have not been reviewed by a clinician. How we review articles',
    );
    expect(container.textContent).not.toMatch(/medically reviewed by/i);
    expect(container.querySelector('[role="note"]')).toBeNull();
  });

  it('says plainly that no clinician has reviewed it, and names no one', () => {
    const { container } = render(<ReviewerLine review={{ state: 'notReviewed' }} today={today} />);
    expect(container.textContent).toBe('Not yet reviewed by a clinician. How we review articles');
  });

  it('says it in Spanish, linking the Spanish editorial policy', () => {
    const { container } = render(<ReviewerLine review={reviewed('2026-03-03T17:00:00Z')} today={today} locale="es" />);
    expect(container.textContent).toContain(
      'Revisado médicamente por Dr. Ada Lee, MD, board-certified anesthesiologist, el 3 de marzo de 2026.',
    );
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/es/politica-editorial');
  });

  it('tells visitors when the review is overdue, and not before', () => {
    const overdue = render(<ReviewerLine review={reviewed('2025-09-30T16:00:00Z')} today={today} />);
    expect(overdue.container.querySelector('[role="note"]')?.textContent).toBe(
      "This article's medical review is overdue (it was due September 30, 2026). Some details may be out of date; check them with a clinician.",
    );
    const due = render(<ReviewerLine review={reviewed('2025-11-29T16:00:00Z')} today={today} />);
    expect(due.container.querySelector('[role="note"]')).toBeNull();
  });
});
