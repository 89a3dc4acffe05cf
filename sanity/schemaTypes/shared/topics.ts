// Article topics as stored in `article.topic`. Kept free of Sanity imports so the seed scripts can use it too.
export const TOPICS = [
  { value: 'chronic-pain', title: 'Chronic pain' },
  { value: 'crps', title: 'Complex regional pain syndrome (CRPS)' },
  { value: 'depression', title: 'Depression' },
  { value: 'suicidal-thoughts', title: 'Suicidal thoughts' },
  { value: 'anxiety', title: 'Anxiety' },
  { value: 'safety', title: 'Safety and risks' },
  { value: 'treatment', title: 'Treatment in the clinic' },
] as const;

export type Topic = (typeof TOPICS)[number]['value'];

/** Topics about mental health, where an article should show the crisis notice (988 / 911). */
export const MENTAL_HEALTH_TOPICS: ReadonlySet<string> = new Set<Topic>(['depression', 'suicidal-thoughts', 'anxiety']);
