// Fixed vocabularies shared by the Studio (option lists), the queries and the site (labels). Adding a topic or
// evidence level means adding it here; the Studio schema and the site read it from this file.

export const TOPICS = [
  { value: 'chronic-pain', label: 'Chronic pain' },
  { value: 'crps', label: 'CRPS' },
  { value: 'depression', label: 'Depression' },
  { value: 'suicidal-thoughts', label: 'Suicidal thoughts' },
  { value: 'anxiety', label: 'Anxiety' },
  { value: 'safety', label: 'Safety and risks' },
  { value: 'treatment', label: 'Treatment' },
] as const;

export type Topic = (typeof TOPICS)[number]['value'];
export const TOPIC_VALUES = TOPICS.map((topic) => topic.value) as [Topic, ...Topic[]];

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPIC_VALUES as readonly string[]).includes(value);
}

export function topicLabel(topic: Topic): string {
  return TOPICS.find((entry) => entry.value === topic)?.label ?? topic;
}

// Evidence levels say how strong the support for a benefit statement is. The descriptions are shown next to the
// level, so a visitor can tell a guideline-backed finding from a mechanism or a description of care.
export const EVIDENCE_LEVELS = [
  {
    value: 'moderate',
    label: 'Moderate evidence',
    description: 'Supported by randomized trials or guideline reviews, with limits on how long or for whom it holds.',
  },
  {
    value: 'low',
    label: 'Low evidence',
    description: 'Early or small studies point this way; larger, better-controlled research is still needed.',
  },
  {
    value: 'mechanistic',
    label: 'How it works',
    description: 'Describes how ketamine acts in the body; it is not by itself evidence that treatment helps.',
  },
  {
    value: 'process',
    label: 'How care is given',
    description: 'Describes how treatment is delivered and monitored, not a treatment outcome.',
  },
] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]['value'];
export const EVIDENCE_LEVEL_VALUES = EVIDENCE_LEVELS.map((level) => level.value) as [EvidenceLevel, ...EvidenceLevel[]];

export function evidenceLevelLabel(level: EvidenceLevel): string {
  return EVIDENCE_LEVELS.find((entry) => entry.value === level)?.label ?? level;
}

export const STUDY_TYPES = [
  { value: 'guideline', label: 'Clinical guideline' },
  { value: 'systematic-review', label: 'Systematic review' },
  { value: 'rct', label: 'Randomized controlled trial' },
  { value: 'observational', label: 'Observational study' },
  { value: 'case-report', label: 'Case report' },
  { value: 'label', label: 'Prescribing information' },
  { value: 'regulatory', label: 'Regulatory document' },
  { value: 'review', label: 'Review' },
  { value: 'mechanistic', label: 'Laboratory or mechanism study' },
] as const;

export type StudyType = (typeof STUDY_TYPES)[number]['value'];
export const STUDY_TYPE_VALUES = STUDY_TYPES.map((type) => type.value) as [StudyType, ...StudyType[]];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
