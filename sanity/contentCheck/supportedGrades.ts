// The evidence level each benefit's best current source supports, from the evidence review (docs/evidence/
// benefits.md, where the sources' own words are quoted). check:content refuses a benefit that shows a stronger
// level. Keyed by the English benefit's id; a translation is held to its English version's grade.

export type EvidenceGrade = 'moderate' | 'low' | 'mechanistic' | 'process';

export const SUPPORTED_GRADES: Readonly<Record<string, { grade: EvidenceGrade; basis: string }>> = {
  'benefit-rapid-depression-relief': {
    grade: 'low',
    basis: 'Cochrane 2021 rates the 24-hour response very low certainty',
  },
  'benefit-comparable-to-ect': {
    grade: 'low',
    basis: 'two open-label trials disagree; the Rhee et al. 2022 meta-analysis favours ECT',
  },
  'benefit-crps-pain-relief': {
    grade: 'moderate',
    basis: 'ASRA/AAPM/ASA 2018 grade the evidence for CRPS moderate',
  },
  'benefit-suicidal-thoughts': {
    grade: 'low',
    basis:
      'Witt et al. 2020: effect to about 72 hours, not thereafter; evidence moderate to low, marked heterogeneity',
  },
  'benefit-glutamate-mechanism': { grade: 'mechanistic', basis: 'laboratory and mechanism reviews' },
  'benefit-monitored-care': {
    grade: 'process',
    basis: 'label and guideline requirements on how care is given',
  },
  'benefit-anxiety-early-research': {
    grade: 'low',
    basis: 'Hartland et al. 2023: 11 of 14 trials at high risk of bias',
  },
};
