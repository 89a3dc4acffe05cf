// What editors see in lists: who is asked to review an article and whether its review is due, a benefit's evidence
// level, a clinic's phone.
import { describe, expect, it } from '@jest/globals';
import type { PreviewConfig } from 'sanity';
import { article } from '../schemaTypes/documents/article.ts';
import { benefit } from '../schemaTypes/documents/benefit.ts';
import { clinic } from '../schemaTypes/documents/clinic.ts';
import { person } from '../schemaTypes/documents/person.ts';
import { todayIsoDate } from '../schemaTypes/shared/dates.ts';
import { dueForReviewBadge } from '../structure/badges.ts';

function preview(type: { preview?: PreviewConfig }, selection: Record<string, unknown>) {
  const prepare = type.preview?.prepare;
  if (!prepare) throw new Error('type has no preview');
  return prepare(selection);
}

describe('document previews', () => {
  it('shows an article with the medical reviewer asked, and no typed review date', () => {
    expect(preview(article, { title: 'CRPS', reviewer: 'Dr A', lastReviewed: '2020-01-01' })).toMatchObject({
      title: 'CRPS',
      subtitle: 'Medical reviewer: Dr A',
    });
    expect(preview(article, { title: 'Draft' }).subtitle).toBe('No medical reviewer');
  });

  it('shows a benefit with its evidence level', () => {
    expect(
      preview(benefit, {
        statement: 'May ease symptoms',
        qualifier: 'for some adults',
        evidenceLevel: 'moderate',
        order: 2,
      }),
    ).toMatchObject({
      title: 'May ease symptoms',
      subtitle: 'Evidence: Moderate evidence · for some adults · #2',
    });
  });

  it('shows a clinic with its formatted phone', () => {
    expect(
      preview(clinic, {
        name: 'Propel Therapeutics',
        phone: '+19169159215',
        city: 'Sacramento',
      }),
    ).toMatchObject({ title: 'Propel Therapeutics', subtitle: '(916) 915-9215 · Sacramento' });
    expect(preview(clinic, { name: 'Second site', phone: '916 nope' }).subtitle).toBe(
      'Phone needs fixing',
    );
  });

  it('marks sample people as placeholders', () => {
    expect(
      preview(person, {
        name: 'Sample Reviewer (placeholder)',
        credentials: 'Placeholder',
        placeholder: true,
      }).subtitle,
    ).toBe('Sample placeholder · Placeholder');
  });
});

describe('document badges', () => {
  const noonOn = (day: string) => `${day}T12:00:00.000Z`;

  it('badges published articles whose newest approval is over 12 months old, or that have none', () => {
    expect(dueForReviewBadge(true, noonOn('2020-01-01'))).toMatchObject({ label: 'Due for review' });
    expect(dueForReviewBadge(true, null)).toMatchObject({ label: 'Due for review' });
    expect(dueForReviewBadge(true, noonOn(todayIsoDate()))).toBeNull();
  });

  it('does not badge a draft that was never published, whatever its approvals', () => {
    expect(dueForReviewBadge(false, null)).toBeNull();
    expect(dueForReviewBadge(false, noonOn('2020-01-01'))).toBeNull();
  });
});
