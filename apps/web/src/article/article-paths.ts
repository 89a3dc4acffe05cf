import { isTopic } from '@clinic/content/taxonomy';
import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';

/**
 * The article list URL for a topic and page in a language (`/articles?…`, `/es/articulos?…`); page 1 and
 * "all topics" keep the URL short and canonical.
 */
export function articlesPath({ topic, page = 1 }: { topic: string | null; page?: number }, locale: Locale = 'en'): string {
  const params = new URLSearchParams();
  if (topic) params.set('topic', topic);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  const path = sectionPath(locale, 'articles');
  return query ? `${path}?${query}` : path;
}

export type ListParams = { topic: string | null; page: number } | { invalid: true };

/**
 * Reads `?topic=` and `?page=` strictly: an unknown topic or a page that is not a positive integer is a 404,
 * not a silently different list.
 */
export function parseListParams(searchParams: Record<string, string | string[] | undefined>): ListParams {
  const rawTopic = searchParams.topic;
  const rawPage = searchParams.page;
  if (Array.isArray(rawTopic) || Array.isArray(rawPage)) return { invalid: true };
  if (rawTopic !== undefined && !isTopic(rawTopic)) return { invalid: true };
  if (rawPage !== undefined && !/^[1-9]\d{0,3}$/.test(rawPage)) return { invalid: true };
  return { topic: rawTopic ?? null, page: rawPage ? Number(rawPage) : 1 };
}

/**
 * Where a filtered or paged article list is rendered and cached. A page that reads `searchParams` is rendered
 * per request, so `/articles?topic=…&page=…` is rewritten by src/proxy.ts to this path-only route, which Next
 * prerenders and caches per topic and page like any other page. Visitors never see it: links and canonical URLs
 * stay `/articles?…` (`articlesPath`).
 */
export const ARTICLE_LIST_ROUTES: Record<Locale, string> = { en: '/article-list', es: '/es/article-list' };
/** The English list route (the one `/articles?…` is rewritten to). */
export const ARTICLE_LIST_ROUTE = ARTICLE_LIST_ROUTES.en;
const ALL_TOPICS_SEGMENT = 'all';
const INVALID_SEGMENT = 'invalid';

/**
 * The cached route for an `/articles` (or `/es/articulos`) query string: `/article-list/<topic|all>/<page>`
 * (`/es/article-list/…`). A query
 * `parseListParams` refuses maps to a route that answers 404, so the strictness of the list URLs is kept.
 */
export function articleListRoute(search: URLSearchParams, locale: Locale = 'en'): string {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    raw[key] = values.length === 1 ? values[0]! : values;
  }
  const { topic, page } = listRouteSegments(parseListParams(raw));
  return `${ARTICLE_LIST_ROUTES[locale]}/${topic}/${page}`;
}

/** The `[topic]` and `[page]` segments of the list route for some list parameters. */
export function listRouteSegments(params: ListParams): { topic: string; page: string } {
  if ('invalid' in params) return { topic: INVALID_SEGMENT, page: INVALID_SEGMENT };
  return { topic: params.topic ?? ALL_TOPICS_SEGMENT, page: String(params.page) };
}

/** The list parameters of an `/article-list/<topic>/<page>` route (the inverse of `articleListRoute`). */
export function listParamsOfRoute(topicSegment: string, pageSegment: string): ListParams {
  if (topicSegment === INVALID_SEGMENT) return { invalid: true };
  return parseListParams({
    topic: topicSegment === ALL_TOPICS_SEGMENT ? undefined : topicSegment,
    page: pageSegment,
  });
}
