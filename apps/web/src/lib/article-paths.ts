import { isTopic } from '@clinic/content/taxonomy';

/** The article list URL for a topic and page; page 1 and "all topics" keep the URL short and canonical. */
export function articlesPath({ topic, page = 1 }: { topic: string | null; page?: number }): string {
  const params = new URLSearchParams();
  if (topic) params.set('topic', topic);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/articles?${query}` : '/articles';
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
