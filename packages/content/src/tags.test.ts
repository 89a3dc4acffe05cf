import { describe, expect, it } from '@jest/globals';
import { tagsForChangedDocument } from './tags.ts';

describe('tagsForChangedDocument', () => {
  it('expires an article page by its slug as well as every page listing articles', () => {
    expect(tagsForChangedDocument({ _type: 'article', slug: { current: 'ketamine-for-crps-what-to-expect' } })).toEqual([
      'article',
      'article:ketamine-for-crps-what-to-expect',
    ]);
    expect(tagsForChangedDocument({ _type: 'article', slug: 'ketamine-and-suicidal-thoughts' })).toEqual([
      'article',
      'article:ketamine-and-suicidal-thoughts',
    ]);
  });

  it('expires by type for the other documents the site reads', () => {
    expect(tagsForChangedDocument({ _type: 'clinic' })).toEqual(['clinic']);
    expect(tagsForChangedDocument({ _type: 'siteSettings' })).toEqual(['siteSettings']);
    expect(tagsForChangedDocument({ _type: 'article' })).toEqual(['article']);
    // A medical approval changes the review line of the article it approves: every article page is expired.
    expect(tagsForChangedDocument({ _type: 'medicalApproval' })).toEqual(['article']);
  });

  it('gives no tags for documents the site never reads', () => {
    expect(tagsForChangedDocument({ _type: 'sanity.imageAsset' })).toEqual([]);
    expect(tagsForChangedDocument({})).toEqual([]);
  });
});
