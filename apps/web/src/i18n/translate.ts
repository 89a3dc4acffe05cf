import { createTranslator } from 'next-intl';
import type { EvidenceLevel, StudyType, Topic } from '@clinic/content/taxonomy';
import { EVIDENCE_LEVELS, STUDY_TYPES, topicLabel } from '@clinic/content/taxonomy';
import { LANGUAGE_TAGS, type Locale } from './locales.ts';
import en from './messages/en.json';
import es from './messages/es.json';

/** The shape of the UI messages; every language's file has the same keys (checked by messages.test.ts). */
export type Messages = typeof en;
export type Namespace = keyof Messages;

/** Every language's UI messages (`src/i18n/messages/<locale>.json`). */
export const MESSAGES: Record<Locale, Messages> = { en, es };

/**
 * A next-intl translator for one language and namespace: `t('key', values)` for plain text and `t.rich` for
 * messages with markup. Built from the imported messages rather than a per-request config, so it works the
 * same in prerendered pages, route handlers, social cards, the error boundary and component tests. Numbers
 * format for the language's US tag (`en-US`, `es-US`); dates are formatted by src/i18n/dates.ts, not here.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale: LANGUAGE_TAGS[locale], messages: MESSAGES[locale], namespace });
}

/**
 * Spanish names of the shared vocabularies (topics, evidence levels, study types). The English names are the
 * ones `@clinic/content/taxonomy` defines, so English keeps a single source; Spanish ones live in es.json.
 */
const spanishTaxonomy = es.Taxonomy;

/** A topic's name in a language ("Depression" / "Depresión"). */
export function topicName(locale: Locale, topic: Topic): string {
  return locale === 'es' ? spanishTaxonomy.topics[topic] : topicLabel(topic);
}

/** An evidence level's label and explanation in a language. */
export function evidenceLevelText(locale: Locale, level: EvidenceLevel): { label: string; description: string } {
  if (locale === 'es') return spanishTaxonomy.evidenceLevels[level];
  const { label, description } = EVIDENCE_LEVELS.find((entry) => entry.value === level)!;
  return { label, description };
}

/** A study type's name in a language ("Randomized controlled trial" / "Ensayo controlado aleatorizado"). */
export function studyTypeName(locale: Locale, type: StudyType): string {
  return locale === 'es' ? spanishTaxonomy.studyTypes[type] : STUDY_TYPES.find((entry) => entry.value === type)!.label;
}
