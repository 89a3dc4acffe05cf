import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS,
  LONG_TERM_SAFETY_UNKNOWN,
  MISUSE_AND_DEPENDENCE,
  SLOWED_BREATHING,
  WHEN_TO_GET_URGENT_HELP,
} from '../riskLines.ts';
import type { ArticleSeed } from '../types.ts';

export const ketamineVsEct: ArticleSeed = {
  slug: 'ketamine-compared-with-ect',
  title: 'Ketamine compared with ECT: what the trials found',
  excerpt:
    'Two trials compared ketamine infusions with electroconvulsive therapy (ECT) for severe depression, with different results. What they showed and what they did not.',
  keyPoints: [
    'In one large trial, ketamine was not worse than ECT after three weeks.',
    'In another trial, more people got well with ECT than with ketamine (63% vs 46%).',
    'A pooled analysis of the trials found ECT worked better.',
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
  references: [
    'anand2023',
    'ekstrand2022',
    'rhee2022',
    'cochraneDepression2021',
    'spravatoLabel',
    'short2018',
  ],
  risks: [
    'Dissociation, dizziness, sleepiness, headache and anxiety during and shortly after treatment',
    'Raised blood pressure during the infusion',
    'Nausea and vomiting',
    'Effects on mood often fade without continued treatment',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Electroconvulsive therapy (ECT) is one of the most effective treatments for severe depression that has not got better with medicines ([KetECT trial](cite:ekstrand2022)). It is also demanding. Each session needs a general anesthetic, and it can affect memory for a while. So it is fair to ask how ketamine compares.',
    ),
    h2('The two largest trials'),
    p(
      'The ELEKT-D trial, [published in 2023](cite:anand2023), included 403 adults with hard-to-treat depression without psychosis. All had been referred for ECT at US hospitals. By chance, each was given either ketamine infusions twice a week or ECT three times a week, for three weeks. Everyone knew which treatment they got. The question was whether ketamine was "not worse" than ECT.',
    ),
    bullets(
      'About 55% of people given ketamine responded, compared with about 41% given ECT.',
      "By the trial's test, ketamine was not worse than ECT in this group.",
      'People given ECT reported more memory problems. People given ketamine reported more dissociation during treatment.',
      'Only people who responded were followed for six months, so the trial says little about everyone else.',
    ),
    p(
      'The KetECT trial, [published in 2022](cite:ekstrand2022), included 186 adults in hospital in Sweden with depression. They had either ketamine infusions or ECT three times a week. Here ECT did better: 63% of people got well (remission) with ECT, compared with 46% with ketamine. Serious, lasting side effects, such as memory loss, were more common with ECT. More people stopped ketamine because of its side effects.',
    ),
    callout(
      'info',
      'A "response" in a trial usually means the depression score fell by half or more. A "remission" means the score fell to a low level. Neither always means the depression has gone for good.',
    ),
    h2('What the trials together show'),
    p(
      'A [review that pooled six trials](cite:rhee2022), 340 people in all, found that ECT eased depression more than ketamine. It found no clear difference in serious side effects or memory tests. Across ketamine trials more broadly, a [Cochrane review](cite:cochraneDepression2021) rated the evidence for a response at 24 hours as very low certainty, and found the benefits often short-lived.',
    ),
    h2('What the trials do not tell us'),
    p(
      'Both large trials were open label: patients and doctors knew the treatment, which can colour how symptoms are rated. They left out or had few people with psychotic depression, for whom ECT is often preferred. And a few weeks of treatment says little about repeated ketamine over years, whose safety is not known ([review of side effects](cite:short2018)).',
    ),
    h2('Side effects to weigh'),
    p(
      'Ketamine can cause dissociation, dizziness, sleepiness, nausea, headache, anxiety and a rise in blood pressure. Less often it slows breathing, and it can be misused ([esketamine label](cite:spravatoLabel); [review of side effects](cite:short2018)). Our page on side effects lists them all, with who should not have ketamine.',
    ),
    h2('How to use this information'),
    p(
      'Ketamine may be an option to discuss for some adults with severe depression without psychosis. ECT remains an important treatment, and the pooled trials suggest it works better. For some people it is the better choice. The right option depends on your symptoms, your history, how fast you need help and what you prefer.',
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
