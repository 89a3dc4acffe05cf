/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import { articlesPath, parseListParams } from './article-paths.ts';

describe('article list URLs', () => {
  it('keeps the first page of all topics at /articles', () => {
    expect(articlesPath({ topic: null })).toBe('/articles');
    expect(articlesPath({ topic: 'crps', page: 2 })).toBe('/articles?topic=crps&page=2');
  });

  it('accepts known topics and positive page numbers', () => {
    expect(parseListParams({ topic: 'depression', page: '3' })).toEqual({ topic: 'depression', page: 3 });
    expect(parseListParams({})).toEqual({ topic: null, page: 1 });
  });

  it.each([{ topic: 'miracle-cures' }, { page: '0' }, { page: '-1' }, { page: '2.5' }, { page: 'abc' }, { topic: ['crps', 'anxiety'] }])(
    'rejects %j instead of showing a different list',
    (params) => {
      expect(parseListParams(params)).toEqual({ invalid: true });
    },
  );
});
