import type { ContentFetcher } from '../fetcher.ts';
import { TOPICS, type Topic } from '../taxonomy.ts';
import { parseList } from '../validation/parse.ts';
import { topicsQuery } from './topic.query.ts';
import { articleTopicSchema } from './topic.schema.ts';

export type TopicWithCount = { value: Topic; label: string; count: number };

/** The topics that have at least one published article, in TOPICS order, with how many articles each has. */
export async function fetchTopicsInUse(fetcher: ContentFetcher): Promise<TopicWithCount[]> {
  const result = await fetcher({ query: topicsQuery, tags: ['article'], label: 'topics' });
  const counts = new Map<Topic, number>();
  for (const { topic } of parseList(articleTopicSchema, result, 'article')) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return TOPICS.filter((topic) => counts.has(topic.value)).map((topic) => ({
    value: topic.value,
    label: topic.label,
    count: counts.get(topic.value) ?? 0,
  }));
}
