import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { reviewer } from '@/test/fixtures';
import { ReviewerLine } from './ReviewerLine.tsx';

describe('ReviewerLine', () => {
  it('names the reviewer, credentials and review date', () => {
    const { container } = render(<ReviewerLine reviewer={{ ...reviewer, isSamplePlaceholder: false }} lastReviewed="2026-03-03" />);
    expect(container.textContent).toBe(
      'Medically reviewed by Dr. Sample Reviewer, MD, board-certified anesthesiologist — last reviewed March 3, 2026',
    );
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-03');
  });

  it('labels a sample person as a placeholder', () => {
    const { container } = render(<ReviewerLine reviewer={reviewer} lastReviewed="2026-03-03" />);
    expect(container.textContent).toContain('Sample reviewer — placeholder');
  });

  it('does not label a real reviewer as a placeholder', () => {
    const { container } = render(<ReviewerLine reviewer={{ ...reviewer, isSamplePlaceholder: false }} lastReviewed="2026-03-03" />);
    expect(container.textContent).not.toContain('placeholder');
  });

  it('states only the date when no reviewer is recorded, never inventing one', () => {
    const { container } = render(<ReviewerLine reviewer={null} lastReviewed="2026-03-03" />);
    expect(container.textContent).toBe('Last reviewed March 3, 2026');
  });
});
