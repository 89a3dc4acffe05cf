// The topics in use: which topics have published articles, for the topic filter.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { publishedArticleFilter } from '../article/article.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, inLanguage, type SiteLanguage } from '../language/language.ts';
import { TOPIC_VALUES, TOPICS, type Topic } from '../taxonomy.ts';
import { requiredText } from '../validation/fields.ts';
import { parseList } from '../validation/parse.ts';

/** The topic of every published article in one language, to offer only the topic filters that lead somewhere. */
export const topicsQuery = defineQuery(
  `*[${publishedArticleFilter} && ${inLanguage} && defined(topic)]{_id, topic}`,
);

export const articleTopicSchema = z.object({ _id: requiredText, topic: z.enum(TOPIC_VALUES) });

export type TopicWithCount = { value: Topic; label: string; count: number };

/**
 * The topics that have at least one published article in `language` (default "en"), in TOPICS order, with how
 * many articles each has. Throws InvalidLanguageError for a language the site is not published in.
 */
export async function fetchTopicsInUse(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<TopicWithCount[]> {
  const result = await fetcher({
    query: topicsQuery,
    params: { language: checkedLanguage(language) },
    tags: ['article'],
    label: 'topics',
  });
  const counts = new Map<Topic, number>();
  for (const { topic } of parseList(articleTopicSchema, result, 'article'))
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return TOPICS.filter((topic) => counts.has(topic.value)).map((topic) => ({
    value: topic.value,
    label: topic.label,
    count: counts.get(topic.value) ?? 0,
  }));
}
