import { defineQuery } from 'groq';
import { publishedArticleFilter } from '../article/article.fragment.ts';

/** The topic of every published article, to offer only the topic filters that lead somewhere. */
export const topicsQuery = defineQuery(`*[${publishedArticleFilter} && defined(topic)]{_id, topic}`);
