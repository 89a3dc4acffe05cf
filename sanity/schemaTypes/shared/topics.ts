// Article topics as Studio option lists. The vocabulary itself lives in @clinic/content/taxonomy, shared with the
// queries and the site, so a topic cannot exist in one layer and not another.
import { TOPICS as TOPIC_VOCABULARY, type Topic } from '@clinic/content/taxonomy';

export type { Topic };

/** Longer titles for editors where the site's short label is ambiguous. */
const EDITOR_TITLES: Partial<Record<Topic, string>> = {
  crps: 'Complex regional pain syndrome (CRPS)',
  treatment: 'Treatment in the clinic',
};

export const TOPICS = TOPIC_VOCABULARY.map((topic) => ({
  value: topic.value,
  title: EDITOR_TITLES[topic.value] ?? topic.label,
}));

/** Topics about mental health, where an article must show the crisis notice (988 / 911). */
export const MENTAL_HEALTH_TOPICS: ReadonlySet<string> = new Set<Topic>([
  'depression',
  'suicidal-thoughts',
  'anxiety',
]);
