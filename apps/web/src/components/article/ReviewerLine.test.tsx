import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { reviewer } from '@/test/fixtures';
import { ReviewerLine } from './ReviewerLine.tsx';

const realReviewer = { ...reviewer, isSamplePlaceholder: false };
const today = new Date('2026-11-29T12:00:00Z');

describe('ReviewerLine', () => {
  it('names a real reviewer with credentials, the last review and the next one due', () => {
    const { container } = render(<ReviewerLine reviewer={realReviewer} lastReviewed="2026-03-03" today={today} />);
    expect(container.textContent).toBe(
      'Medically reviewed by Dr. Sample Reviewer, MD, board-certified anesthesiologist' +
        'Last reviewed March 3, 2026 · Next review due March 3, 2027',
    );
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2026-03-03',
      '2027-03-03',
    ]);
  });

  it('never says "medically reviewed" for a sample placeholder, and labels it', () => {
    const { container } = render(<ReviewerLine reviewer={reviewer} lastReviewed="2026-03-03" today={today} />);
    expect(container.textContent).not.toMatch(/medically reviewed/i);
    expect(container.textContent).toContain('Not yet reviewed by a clinician.');
    expect(container.textContent).toContain('Sample reviewer — placeholder');
  });

  it('never says "medically reviewed" for a reviewer without credentials', () => {
    const { container } = render(
      <ReviewerLine reviewer={{ ...realReviewer, credentials: ' ' }} lastReviewed="2026-03-03" today={today} />,
    );
    expect(container.textContent).not.toMatch(/medically reviewed/i);
    expect(container.textContent).not.toContain('placeholder');
  });

  it('states only the dates when no reviewer is recorded, never inventing one', () => {
    const { container } = render(<ReviewerLine reviewer={null} lastReviewed="2026-03-03" today={today} />);
    expect(container.textContent).toBe(
      'Not yet reviewed by a clinician.Last reviewed March 3, 2026 · Next review due March 3, 2027',
    );
  });

  it('tells visitors when the review is overdue, and not before', () => {
    const overdue = render(<ReviewerLine reviewer={realReviewer} lastReviewed="2025-09-30" today={today} />);
    expect(overdue.container.querySelector('[role="note"]')?.textContent).toBe(
      "This article's medical review is overdue (it was due September 30, 2026). Some details may be out of date; check them with a clinician.",
    );
    const due = render(<ReviewerLine reviewer={realReviewer} lastReviewed="2025-11-29" today={today} />);
    expect(due.container.querySelector('[role="note"]')).toBeNull();
  });
});
