// What editors see in lists: who reviewed an article and when, a benefit's evidence level, a clinic's phone.
import { describe, expect, it } from '@jest/globals';
import type { PreviewConfig } from 'sanity';
import { article } from '../schemaTypes/documents/article.ts';
import { benefit } from '../schemaTypes/documents/benefit.ts';
import { clinic } from '../schemaTypes/documents/clinic.ts';
import { person } from '../schemaTypes/documents/person.ts';
import { todayIsoDate } from '../schemaTypes/shared/dates.ts';
import { DueForReviewBadge } from '../structure/badges.ts';

function preview(type: { preview?: PreviewConfig }, selection: Record<string, unknown>) {
  const prepare = type.preview?.prepare;
  if (!prepare) throw new Error('type has no preview');
  return prepare(selection);
}

describe('document previews', () => {
  it('shows an article with its reviewer and review date, flagging overdue reviews', () => {
    expect(preview(article, { title: 'CRPS', reviewer: 'Dr A', lastReviewed: '2020-01-01' })).toMatchObject({
      title: 'CRPS',
      subtitle: 'Reviewed 2020-01-01 · due for review · Dr A',
    });
    const today = todayIsoDate();
    expect(preview(article, { title: 'CRPS', reviewer: 'Dr A', lastReviewed: today }).subtitle).toBe(
      `Reviewed ${today} · Dr A`,
    );
    expect(preview(article, { title: 'Draft' }).subtitle).toBe(
      'Never reviewed · due for review · no medical reviewer',
    );
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
  const published = { lastReviewed: '2020-01-01' };
  const editState = (value: Record<string, unknown> | null, publishedVersion: Record<string, unknown> | null = published) =>
    ({
      id: 'x',
      type: 'x',
      draft: value,
      published: publishedVersion,
      version: null,
      liveEdit: false,
      ready: true,
    }) as never;

  it('badges articles whose last review is over 12 months old', () => {
    expect(DueForReviewBadge(editState({ lastReviewed: '2020-01-01' }))).toMatchObject({
      label: 'Due for review',
    });
    expect(DueForReviewBadge(editState({ lastReviewed: todayIsoDate() }))).toBeNull();
    expect(DueForReviewBadge(editState(null, { lastReviewed: '2020-01-01' }))).toMatchObject({ label: 'Due for review' });
  });

  it('does not badge a draft that was never published, whatever its review date', () => {
    expect(DueForReviewBadge(editState({}, null))).toBeNull();
    expect(DueForReviewBadge(editState({ lastReviewed: '2020-01-01' }, null))).toBeNull();
  });
});
