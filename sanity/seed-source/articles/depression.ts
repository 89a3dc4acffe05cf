import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const depression: ArticleSeed = {
  slug: 'ketamine-and-esketamine-for-treatment-resistant-depression',
  title: 'Ketamine and esketamine for treatment-resistant depression',
  excerpt:
    'For some adults whose depression has not improved with standard treatment, ketamine or esketamine may ease symptoms within about a day. Effects are often short-lived.',
  keyPoints: [
    'Depression is treatment-resistant when two or more antidepressants have not helped enough.',
    'Esketamine nasal spray is FDA-approved for it; IV ketamine is used off label.',
    'Some people feel better within about a day, but the evidence is very uncertain and the effect often fades.',
    'Side effects include feeling detached, dizziness, sleepiness and raised blood pressure.',
    'Ketamine is added to ongoing care, never used instead of crisis care.',
  ],
  topic: 'depression',
  conditions: ['Treatment-resistant depression', 'Major depressive disorder'],
  heroImage: {
    file: 'depression.png',
    alt: 'Abstract illustration of a pale sunrise over layered blue hills',
  },
  publishedAt: '2026-08-18T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: true,
  showCrisisNotice: true,
  references: [
    'cochraneDepression2021',
    'spravatoLabel',
    'mcintyre2021',
    'zanosGould2018',
    'fdaCompounded2023',
  ],
  risks: [
    'Dissociation (feeling detached or unreal), dizziness and sedation, mostly in the first two hours',
    'Raised blood pressure during and after treatment',
    'Nausea and vomiting',
    'Risk of misuse and dependence; esketamine carries a boxed warning and is only given under a restricted programme',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Depression is called treatment-resistant when it has not improved enough after at least two antidepressants taken at a proper dose for long enough. It is common, and living with it is exhausting. Ketamine and a closely related medicine, esketamine, are among the newer options for this group.',
    ),
    h2('Two medicines, different approvals'),
    p(
      'Esketamine is a nasal spray sold as Spravato. In the United States it is [approved for treatment-resistant depression](cite:spravatoLabel) in adults, and for depressive symptoms in adults with major depression who have acute suicidal thoughts or actions. It is only given in certified healthcare settings under a restricted safety programme, where you are monitored for at least two hours after each dose.',
    ),
    p(
      'Ketamine itself, usually given as a slow infusion into a vein, is **not approved by the FDA for any psychiatric condition** ([FDA, 2023](cite:fdaCompounded2023)). Doctors may use it "off-label", which is legal, but it means the dose and schedule come from research and clinical experience rather than an approved label.',
    ),
    h2('How well does it work?'),
    p(
      'A [Cochrane review of the trials](cite:cochraneDepression2021) found that more people responded to ketamine than to placebo about 24 hours after a dose, but the certainty of that evidence was rated very low, and the benefit became less clear after a few days. An [international expert consensus](cite:mcintyre2021) concluded that both medicines have a place for treatment-resistant depression, with careful selection and monitoring.',
    ),
    p('In practice, this means:'),
    bullets(
      'some people feel better within about a day; many do not',
      'without further treatment, improvement often fades within a week or two',
      'repeat doses are usually needed, and long-term research is still limited',
    ),
    h2('How it differs from standard antidepressants'),
    p(
      'Most antidepressants work on serotonin and take weeks to help. Ketamine blocks NMDA receptors in the glutamate system. Researchers believe its antidepressant effect comes [indirectly, through changes in brain signalling and connections](cite:zanosGould2018), but the exact mechanism is still being studied.',
    ),
    callout(
      'crisis',
      'If you are thinking about suicide or may be in danger, call or text 988 (Suicide & Crisis Lifeline) now, or call 911 in an emergency. Ketamine treatment is not emergency care.',
    ),
    h2('Is it right for me?'),
    p(
      'That is a decision for you and a clinician who knows your history. Ketamine is usually added to ongoing care with a psychiatrist or therapist, not used instead of it. It is not for people who are pregnant or breastfeeding, and people with certain heart, blood vessel or psychotic conditions, or with current substance misuse, are usually not offered it ([esketamine label](cite:spravatoLabel)).',
    ),
    cta(
      'call',
      'Want to talk it through?',
      'Call us to ask whether an assessment makes sense for you and what it would involve.',
    ),
  ],
};
