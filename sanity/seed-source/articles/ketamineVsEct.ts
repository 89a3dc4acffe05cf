import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const ketamineVsEct: ArticleSeed = {
  slug: 'ketamine-compared-with-ect',
  title: 'Ketamine compared with ECT: what the ELEKT-D trial found',
  excerpt:
    'A large randomized trial compared ketamine infusions with electroconvulsive therapy (ECT) for treatment-resistant depression. What it showed and what it did not.',
  keyPoints: [
    'In one large open-label trial, ketamine was not worse than ECT at three weeks.',
    'In another trial, ECT led to more remissions than ketamine (63% vs 46%).',
    'A pooled analysis of trials favoured ECT over ketamine.',
    'ECT affected memory more; ketamine caused more dissociation.',
    'The right choice depends on your symptoms, your history and how fast you need help.',
  ],
  topic: 'depression',
  conditions: ['Treatment-resistant depression'],
  heroImage: {
    file: 'ect-trial.png',
    alt: 'Abstract illustration of two parallel paths of dots converging toward a soft light',
  },
  publishedAt: '2026-08-25T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: false,
  showCrisisNotice: true,
  references: ['anand2023', 'cochraneDepression2021'],
  risks: [
    'Dissociation, dizziness and sedation during and shortly after treatment',
    'Raised blood pressure during the infusion',
    'Nausea',
    'Effects on mood often fade without continued treatment',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Electroconvulsive therapy (ECT) has long been one of the most effective treatments for severe depression that has not responded to medicines. It is also demanding: it needs a general anesthetic for each session and can affect memory for a while. So a fair question is how ketamine compares.',
    ),
    h2('The trial'),
    p(
      'The ELEKT-D study, [published in 2023](cite:anand2023), randomly assigned 403 adults with treatment-resistant major depression without psychosis, referred for ECT at several US hospitals, to ketamine infusions twice a week or ECT three times a week, for three weeks. Both inpatients and outpatients took part, and everyone knew which treatment they were getting. The researchers wanted to know whether ketamine was "non-inferior", meaning not meaningfully worse than ECT.',
    ),
    h2('What it found'),
    bullets(
      'About 55% of people in the ketamine group responded, compared with about 41% in the ECT group.',
      'Ketamine met the test for being non-inferior to ECT in this group of patients.',
      'People who had ECT reported more problems with memory; people given ketamine reported more dissociation during treatment.',
      'Only people who responded were followed for six months afterwards, so the trial says little about what happened to everyone else.',
    ),
    callout(
      'info',
      'A "response" in a trial usually means the depression score fell by half or more. It does not always mean the depression has gone completely.',
    ),
    h2('What it does not tell us'),
    p(
      'The trial was open label: patients and their doctors knew the treatment, which can colour how symptoms are rated. Some people withdrew after being assigned, before any treatment began. It left out people with psychotic depression, for whom ECT is often preferred, and three weeks of treatment says little about repeated ketamine over the long term. Across trials more broadly, a [Cochrane review](cite:cochraneDepression2021) rated the certainty of evidence for a response to ketamine at 24 hours as very low, and found its benefits often short-lived.',
    ),
    h2('How to use this information'),
    p(
      'The trial suggests ketamine is a reasonable option to discuss for some adults with treatment-resistant depression who do not have psychosis. ECT remains an important treatment, and for some people it is the better choice. The right option depends on your symptoms, your history, how quickly you need help and what you prefer.',
    ),
    callout(
      'crisis',
      'If you are in crisis or thinking about ending your life, call or text 988 for the Suicide & Crisis Lifeline, or call 911 if you are in immediate danger.',
    ),
    cta(
      'book',
      'Comparing your options?',
      'Book a consultation to discuss ketamine alongside the other treatments open to you.',
    ),
  ],
};
