// Desk rules that do not need a browser: the singleton guard and the medical-review cutoff.
import { describe, expect, it } from '@jest/globals';
import type { DocumentActionComponent, Template } from 'sanity';
import { isFutureIsoDate, reviewCutoffDate, todayIsoDate } from '../schemaTypes/shared/dates.ts';
import {
  singletonSafeActions,
  withoutSingletonNewDocumentOptions,
  withoutSingletonTemplates,
} from '../structure/singleton.ts';

const action = (name: string) =>
  Object.assign(() => null, { action: name }) as unknown as DocumentActionComponent;
const ACTIONS = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map(action);

describe('site settings singleton', () => {
  it('keeps only the per-language templates the desk opens the settings with', () => {
    const templates = [
      { id: 'article', schemaType: 'article' },
      { id: 'article-es', schemaType: 'article' },
      { id: 'siteSettings', schemaType: 'siteSettings' },
      { id: 'siteSettings-parameterized', schemaType: 'siteSettings' },
      { id: 'siteSettings-en', schemaType: 'siteSettings' },
      { id: 'siteSettings-es', schemaType: 'siteSettings' },
    ] as Template[];
    expect(withoutSingletonTemplates(templates).map((template) => template.id)).toEqual([
      'article',
      'article-es',
      'siteSettings-en',
      'siteSettings-es',
    ]);
  });

  it('cannot be created from the "new document" menu', () => {
    const items = ['article', 'article-es', 'siteSettings-en', 'siteSettings-es'].map((templateId) => ({
      templateId,
    }));
    expect(
      withoutSingletonNewDocumentOptions(items as never, {} as never).map((item) => item.templateId),
    ).toEqual(['article', 'article-es']);
  });

  it('cannot be deleted, duplicated or unpublished', () => {
    const names = singletonSafeActions(ACTIONS, { schemaType: 'siteSettings' }).map((item) => item.action);
    expect(names).toEqual(['publish', 'discardChanges', 'restore']);
  });

  it('leaves other document types with all their actions', () => {
    expect(singletonSafeActions(ACTIONS, { schemaType: 'article' })).toHaveLength(ACTIONS.length);
  });
});

describe('medical review dates', () => {
  it('puts the cutoff twelve months before today', () => {
    expect(reviewCutoffDate(new Date(2026, 10, 25))).toBe('2025-11-25');
    expect(reviewCutoffDate(new Date(2024, 1, 29))).toBe('2023-03-01');
  });

  it('knows a future date from today and the past', () => {
    const now = new Date(2026, 10, 25, 23, 30);
    expect(todayIsoDate(now)).toBe('2026-11-25');
    expect(isFutureIsoDate('2026-11-26', now)).toBe(true);
    expect(isFutureIsoDate('2026-11-25', now)).toBe(false);
  });
});
