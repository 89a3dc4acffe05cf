import { MALFORMED_ARTICLE_SLUG } from './broken-seed.ts';

/** An article from the sample dataset, for the page-type checks. */
export const SAMPLE_ARTICLE = '/articles/ketamine-for-crps-what-to-expect';

/** One URL per page type, with the status a visitor should get. */
export const PAGE_TYPES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'article list', path: '/articles', status: 200 },
  { name: 'article list filtered by topic', path: '/articles?topic=depression', status: 200 },
  { name: 'article', path: SAMPLE_ARTICLE, status: 200 },
  { name: 'benefits', path: '/benefits', status: 200 },
  { name: 'contact', path: '/contact', status: 200 },
  { name: 'not found', path: '/this-page-does-not-exist', status: 404 },
] as const;

export const MALFORMED_ARTICLE = `/articles/${MALFORMED_ARTICLE_SLUG}`;
