/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import { isSafePreviewPath } from './safe-preview-path.ts';

describe('isSafePreviewPath', () => {
  it('accepts paths on the site, with query and fragment', () => {
    for (const path of ['/', '/articles/ketamine-and-suicidal-thoughts', '/articles?topic=depression#list']) {
      expect(isSafePreviewPath(path)).toBe(true);
    }
  });

  it('refuses anything that would leave the site', () => {
    for (const path of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'articles',
      '/\tevil',
      '/\r\nLocation: https://evil.example',
    ]) {
      expect(isSafePreviewPath(path)).toBe(false);
    }
  });

  it('leaves percent-encoded characters alone (they stay part of the path)', () => {
    expect(isSafePreviewPath('/articles/%2F%2Fevil.example')).toBe(true);
  });
});
