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

export const costAndInsurance: ArticleSeed = {
  slug: 'ketamine-treatment-cost-and-insurance',
  title: 'Ketamine treatment: cost, insurance and what to ask before you start',
  excerpt:
    'Intravenous ketamine is used off label and is often not covered by insurance; esketamine is an approved medicine given under a safety programme. What that means for cost.',
  keyPoints: [
    'IV ketamine is used off label for depression, and many health plans do not pay for it.',
    'Esketamine (Spravato) is an approved medicine, so plans can assess it like other medicines.',
    'A course takes several visits, and benefits may fade, so costs can come back.',
    'Ask the clinic and your plan about every cost in writing before you start.',
  ],
  topic: 'treatment',
  conditions: ['Treatment-resistant depression', 'Chronic pain'],
  heroImage: {
    file: 'cost.png',
    alt: 'Abstract illustration of stacked rounded cards in muted gold and grey on a pale background',
  },
  publishedAt: '2026-10-20T09:00:00Z',
  lastReviewed: '2026-11-16',
  featured: false,
  showCrisisNotice: false,
  references: ['fdaCompounded2023', 'spravatoLabel', 'anand2023', 'asra2018', 'short2018'],
  risks: [
    'Several sessions are usually needed, and any benefit may fade, so costs can recur',
    'Each session takes several hours, including monitoring and recovery, and you cannot drive afterwards',
    'Dissociation, dizziness, sleepiness, headache, anxiety, nausea and raised blood pressure on treatment days',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Cost is a fair thing to ask about before any treatment. With ketamine, the answer depends on which medicine is used, for what, and how your health plan treats it. This page explains the parts that are the same everywhere. The prices at a given clinic, and which plans it works with, can only come from that clinic.',
    ),
    h2('Two medicines, two ways to pay'),
    p(
      'Ketamine given into a vein is a drug for putting people to sleep for surgery. [It is not approved by the FDA for any mental health condition](cite:fdaCompounded2023). So when it is used for depression, it is used "off label". That is legal, but health plans decide for themselves whether to pay for it, and for depression many do not. For pain it is the same: guidelines call ketamine drips an option for some conditions, [not a standard treatment](cite:asra2018).',
    ),
    p(
      'Esketamine nose spray (Spravato) is [approved for treatment-resistant depression](cite:spravatoLabel). It is also approved for depression symptoms with sudden suicidal thoughts or actions. Because it is approved, plans can judge it like other approved medicines. They often ask for proof that other antidepressants were tried first. It is only given in approved clinics under a strict safety program, with at least two hours of watching after each dose. That time is part of each visit.',
    ),
    h2('What adds to the total'),
    p(
      'The [label for esketamine](cite:spravatoLabel) and the [largest ketamine trial](cite:anand2023) show what a course involves:',
    ),
    bullets(
      'the number of sessions: the esketamine label gives doses twice a week for the first four weeks, and the largest ketamine trial gave drips twice a week for three weeks',
      'repeat sessions if the benefit wears off',
      'the assessment before treatment, and follow-up visits',
      'time off work, and the cost of someone taking you home, because the label says not to drive until the next day',
    ),
    callout(
      'info',
      'A higher price does not mean better care, and no one can promise that treatment will work. Be wary of packages that must be paid in full before the assessment.',
    ),
    h2('Risks to weigh with the cost'),
    p(
      'Ketamine can make you feel cut off from yourself, dizzy, sleepy, sick or worried, and can raise blood pressure. Less often it slows breathing. It can be misused ([label for esketamine](cite:spravatoLabel)). Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a dose.',
    ),
    h2('Questions to ask the clinic and your plan'),
    bullets(
      'Which medicine are you proposing, and is it approved for my condition or used off label?',
      'What does the assessment cost, and each session, and follow-up? What is included?',
      'Will my plan pay for any part of it? Ask the plan in writing what it needs, such as prior approval.',
      'How many sessions are planned before we decide whether it is working? What happens if it is not?',
      'Are there other treatments my plan covers that I have not yet tried?',
    ),
    h2('If cost rules it out'),
    p(
      'Ketamine is one option among several. Other treatments for depression and for pain are often covered. A talk with your own doctor about them costs little. Our [article on alternatives](/articles/alternatives-to-ketamine-and-if-it-does-not-help) covers them.',
    ),
    cta(
      'call',
      'Want to know the costs before you decide?',
      'Call the clinic and ask what an assessment and a course of treatment would involve.',
    ),
  ],
};
