// Benefit statements from the evidence notes, each hedged, with its evidence level and sources. The level follows
// the certainty the cited source itself gives, never a higher one.
import type { Benefit } from '@clinic/content/generated';
import type { ReferenceKey } from './references.ts';

/**
 * One sample benefit. `id`, `references` (keys from references.ts) and `articleSlug` have a sample form that
 * build-seed expands, and `order` is the position in this list; every other field of the Studio's benefit type is
 * copied into the document as written (the type comes from TypeGen).
 */
export type BenefitSeed = {
  id: string;
  statement: string;
  qualifier: string;
  evidenceLevel: NonNullable<Benefit['evidenceLevel']>;
  conditions: string[];
  references: ReferenceKey[];
  articleSlug: string;
} & Omit<
  Benefit,
  'references' | 'order' | 'article' | '_id' | '_type' | '_createdAt' | '_updatedAt' | '_rev'
>;

export const benefits: BenefitSeed[] = [
  {
    id: 'benefit-rapid-depression-relief',
    statement: 'May ease depressive symptoms within about a day; effects are often short-lived',
    qualifier:
      'for some adults with treatment-resistant depression; the Cochrane review rates the evidence for a response at 24 hours as very low certainty',
    evidenceLevel: 'low',
    conditions: ['Treatment-resistant depression'],
    references: ['cochraneDepression2021', 'spravatoLabel'],
    articleSlug: 'ketamine-and-esketamine-for-treatment-resistant-depression',
  },
  {
    id: 'benefit-comparable-to-ect',
    statement:
      'An option for some people referred for ECT, though ECT did better in one trial and in pooled results',
    qualifier:
      'for adults with depression without psychosis; one open-label trial found ketamine not worse than ECT, another found more remissions with ECT (63% vs 46%)',
    evidenceLevel: 'low',
    conditions: ['Treatment-resistant depression'],
    references: ['anand2023', 'ekstrand2022', 'rhee2022'],
    articleSlug: 'ketamine-compared-with-ect',
  },
  {
    id: 'benefit-crps-pain-relief',
    statement: 'Guidelines find moderate evidence of pain relief lasting up to about 12 weeks',
    qualifier:
      'for some adults with complex regional pain syndrome (CRPS), with the specific infusion regimens tested; a 2025 Cochrane review of chronic pain found no clear benefit',
    evidenceLevel: 'moderate',
    conditions: ['CRPS'],
    references: ['asra2018', 'cochranePain2025'],
    articleSlug: 'ketamine-for-crps-what-to-expect',
  },
  {
    id: 'benefit-suicidal-thoughts',
    statement: 'May ease suicidal thoughts within a day, for up to about three days, as part of full care',
    qualifier:
      'for some adults with depression, in small trials; not shown to prevent suicide, and never instead of emergency help (988 or 911)',
    evidenceLevel: 'low',
    conditions: ['Suicidal ideation', 'Depression'],
    references: ['witt2020', 'wilkinson2018'],
    articleSlug: 'ketamine-and-suicidal-thoughts',
  },
  {
    id: 'benefit-glutamate-mechanism',
    statement: 'Works on the glutamate (NMDA) system, differently from standard antidepressants',
    qualifier: 'how the medicine acts, according to laboratory and clinical research; not proof of benefit',
    evidenceLevel: 'mechanistic',
    conditions: ['Depression'],
    references: ['zanos2018', 'zanosGould2018'],
    articleSlug: 'ketamine-and-esketamine-for-treatment-resistant-depression',
  },
  {
    id: 'benefit-monitored-care',
    statement: 'Guidance calls for vital-sign monitoring and a supervised recovery period',
    qualifier:
      'what the esketamine label and pain guidelines require; this describes how care should be given, not how well it works',
    evidenceLevel: 'process',
    conditions: [],
    references: ['asra2018', 'spravatoLabel', 'fdaCompounded2023'],
    articleSlug: 'why-in-clinic-monitoring-matters',
  },
  {
    id: 'benefit-anxiety-early-research',
    statement: 'Early studies suggest a short-term reduction in anxiety; research is still limited',
    qualifier:
      'for some adults with anxiety that has not responded to other treatment; most trials were small and at high risk of bias',
    evidenceLevel: 'low',
    conditions: ['Anxiety disorders'],
    references: ['hartland2023', 'whittaker2021'],
    articleSlug: 'ketamine-and-anxiety-early-research',
  },
];
