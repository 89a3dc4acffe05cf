// How strong the evidence behind a benefit statement is. `process` marks a statement about how care is given,
// not about whether ketamine works, so editors cannot dress up a safety routine as an efficacy claim.
export const EVIDENCE_LEVELS = [
  { value: 'moderate', title: 'Moderate — randomized trials or guideline consensus' },
  { value: 'low', title: 'Low — few or small studies, high risk of bias' },
  { value: 'mechanistic', title: 'Mechanistic — how the drug acts, not proof of benefit' },
  { value: 'process', title: 'Process — how care is given, not an efficacy claim' },
] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]['value'];

export function evidenceLevelTitle(value: unknown): string {
  const level = EVIDENCE_LEVELS.find((item) => item.value === value);
  return level ? level.title.split(' — ')[0]! : 'No evidence level';
}
