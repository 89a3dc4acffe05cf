// Ids and slugs of seed documents the tests lean on, in one place so a renamed seed document is one edit away.
export const CRPS_ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';
export const CRPS_SLUG = 'ketamine-for-crps-what-to-expect';
export const DEPRESSION_ARTICLE_ID = 'article-ketamine-and-esketamine-for-treatment-resistant-depression';
export const DEPRESSION_SLUG = 'ketamine-and-esketamine-for-treatment-resistant-depression';
export const SPANISH_PAIN_ARTICLE_ID = 'article-es-ketamina-dolor-cronico';
export const SPANISH_PAIN_SLUG = 'ketamina-dolor-cronico';
export const CLINIC_ID = 'clinic-propel-sacramento';
export const REVIEWER_ID = 'person-sample-reviewer';

type Span = { _type: string; _key: string; text: string; marks?: string[] };
type Block = { _type: string; _key: string; markDefs?: Array<{ _type: string; _key: string; referenceKey?: string }>; children?: Span[] };

/** The body blocks of a seed article, typed loosely enough to break them in a test. */
export const bodyOf = (document: Record<string, unknown>) => document.body as Block[];
export const referencesOf = (document: Record<string, unknown>) =>
  document.references as Array<Record<string, unknown> & { _key: string }>;
