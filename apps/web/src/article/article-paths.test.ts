/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { TOPIC_VALUES } from '@clinic/content/taxonomy';
import {
  ARTICLE_LIST_ROUTE,
  articleListRoute,
  articlesPath,
  listParamsOfRoute,
  parseListParams,
  type ListParams,
} from './article-paths.ts';

describe('article list URLs', () => {
  it('keeps the first page of all topics at /articles', () => {
    expect(articlesPath({ topic: null })).toBe('/articles');
    expect(articlesPath({ topic: 'crps', page: 2 })).toBe('/articles?topic=crps&page=2');
  });

  it('accepts known topics and positive page numbers', () => {
    expect(parseListParams({ topic: 'depression', page: '3' })).toEqual({ topic: 'depression', page: 3 });
    expect(parseListParams({})).toEqual({ topic: null, page: 1 });
  });

  it.each([
    { topic: 'miracle-cures' },
    { page: '0' },
    { page: '-1' },
    { page: '2.5' },
    { page: 'abc' },
    { topic: ['crps', 'anxiety'] },
  ])('rejects %j instead of showing a different list', (params) => {
    expect(parseListParams(params)).toEqual({ invalid: true });
  });
});

/** The route's segments back into list parameters, as the cached list page reads them. */
function throughRoute(search: URLSearchParams): ListParams {
  const route = articleListRoute(search);
  expect(route.startsWith(`${ARTICLE_LIST_ROUTE}/`)).toBe(true);
  const [topic, page, ...rest] = route.slice(ARTICLE_LIST_ROUTE.length + 1).split('/');
  expect(rest).toEqual([]);
  return listParamsOfRoute(topic!, page!);
}

/** What Next hands a page as `searchParams` for a query string: repeated keys become arrays. */
function asSearchParams(search: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

describe('the cached list route /articles?… is rewritten to', () => {
  it('shows the topic and page the visitor asked for', () => {
    expect(articleListRoute(new URLSearchParams('topic=crps&page=2'))).toBe('/article-list/crps/2');
    expect(articleListRoute(new URLSearchParams('page=3'))).toBe('/article-list/all/3');
    expect(throughRoute(new URLSearchParams('topic=crps&page=2'))).toEqual({ topic: 'crps', page: 2 });
  });

  it('reads every query exactly as the page reads searchParams: same list, same 404', () => {
    const value = fc.oneof(
      fc.constantFrom(
        ...TOPIC_VALUES,
        'all',
        'invalid',
        '1',
        '0',
        '12',
        '10000',
        '-1',
        '2.5',
        '',
        '../x',
        'crps/2',
      ),
      fc.string({ maxLength: 6 }),
    );
    const entry = fc.tuple(fc.constantFrom('topic', 'page', 'utm_source'), value);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => {
        const search = new URLSearchParams(entries);
        expect(throughRoute(search)).toEqual(parseListParams(asSearchParams(search)));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every list URL the site links to', () => {
    const params = fc.record({
      topic: fc.option(fc.constantFrom(...TOPIC_VALUES), { nil: null }),
      page: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(params, (list) => {
        const url = new URL(articlesPath(list), 'http://site.test');
        expect(throughRoute(url.searchParams)).toEqual(list);
      }),
    );
  });
});
