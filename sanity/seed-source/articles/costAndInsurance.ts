import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
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
  references: ['fdaCompounded2023', 'spravatoLabel', 'anand2023', 'asra2018'],
  risks: [
    'Several sessions are usually needed, and any benefit may fade, so costs can recur',
    'Each session takes several hours, including monitoring and recovery, and you cannot drive afterwards',
    'Dissociation, dizziness, nausea, sedation and raised blood pressure on treatment days',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Cost is a fair question to ask before any treatment, and with ketamine the answer depends on which medicine is used, for what, and how your health plan treats it. This page explains the parts that are the same everywhere. The figures for a particular clinic, and which plans it works with, can only come from that clinic.',
    ),
    h2('Two medicines, two routes to payment'),
    p(
      'Ketamine given into a vein is an anesthetic. [It is not approved by the FDA for any psychiatric disorder](cite:fdaCompounded2023), so when it is used for depression it is used "off label". Off-label use is legal, but health plans decide for themselves whether to pay for it, and for depression many do not. For pain, the same applies: guidelines describe ketamine infusions as an option for some conditions, [not as a standard treatment](cite:asra2018).',
    ),
    p(
      'Esketamine nasal spray (Spravato) is [approved for treatment-resistant depression](cite:spravatoLabel), and for depressive symptoms with acute suicidal thoughts or actions. Because it is approved, plans can assess it like other approved medicines, often with conditions such as proof that other antidepressants were tried. It is only given in certified healthcare settings under a restricted safety programme, with at least two hours of monitoring after each dose, and that time is part of what a visit involves.',
    ),
    h2('What adds to the total'),
    bullets(
      'the number of sessions: the esketamine label describes twice-weekly doses in the first four weeks, and the largest ketamine trial gave infusions twice a week for three weeks',
      'repeat or maintenance sessions if the benefit wears off',
      'the assessment before treatment and follow-up visits',
      'time away from work and the cost of someone taking you home, because the label advises no driving until the next day',
    ),
    p(
      'The trial that compared ketamine with ECT gave [infusions twice a week for three weeks](cite:anand2023), which shows how many visits a course can take, even before any repeat treatment.',
    ),
    callout(
      'info',
      'A higher price does not mean better care, and no one can promise that treatment will work. Be wary of packages that must be paid in full before the assessment.',
    ),
    h2('Questions to ask the clinic and your plan'),
    bullets(
      'Which medicine are you proposing, and is it approved for my condition or used off label?',
      'What is the cost of the assessment, of each session and of follow-up, and what is included?',
      'Will my plan pay for any part of it? Ask the plan in writing what it needs, such as prior authorization.',
      'How many sessions are planned before we decide whether it is working, and what happens if it is not?',
      'Are there other treatments my plan covers that I have not yet tried?',
    ),
    h2('If cost rules it out'),
    p(
      'Ketamine is one option among several. Other treatments for depression and for pain are often covered, and a conversation with your own doctor about them costs little. Our [article on alternatives](/articles/alternatives-to-ketamine-and-if-it-does-not-help) covers them.',
    ),
    cta(
      'call',
      'Want to know the costs before you decide?',
      'Call the clinic and ask what an assessment and a course of treatment would involve.',
    ),
  ],
};
