// Evidence levels as a Studio option list, from the shared vocabulary in @clinic/content/taxonomy. The description
// is part of the title so editors see what each level means while choosing.
import { EVIDENCE_LEVELS as LEVELS } from '@clinic/content/taxonomy';

export const EVIDENCE_LEVELS = LEVELS.map((level) => ({
  value: level.value,
  title: `${level.label} — ${level.description}`,
}));

export function evidenceLevelTitle(value: unknown): string {
  return LEVELS.find((level) => level.value === value)?.label ?? 'No evidence level';
}
