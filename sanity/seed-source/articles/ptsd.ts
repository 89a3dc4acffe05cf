import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const ptsd: ArticleSeed = {
  slug: 'ketamine-and-ptsd-what-the-evidence-shows',
  title: 'Ketamine and PTSD: what the evidence shows so far',
  excerpt:
    'Trials of ketamine for post-traumatic stress disorder have given mixed results, and it is not approved for PTSD. What the studies found, and the treatments with stronger evidence.',
  keyPoints: [
    'Trials of ketamine for PTSD disagree: one small trial helped, a larger one did not.',
    'Where benefits were seen, they were short-lived.',
    'Ketamine is not FDA-approved for PTSD.',
    'Trauma-focused talking therapies and two antidepressants have stronger evidence.',
  ],
  topic: 'anxiety',
  conditions: ['Post-traumatic stress disorder (PTSD)'],
  heroImage: {
    file: 'ptsd.png',
    alt: 'Abstract illustration of a small sprout growing through cracked pale stone',
  },
  publishedAt: '2026-11-10T09:00:00Z',
  lastReviewed: '2026-11-16',
  featured: false,
  showCrisisNotice: true,
  references: ['whittaker2021', 'feder2021', 'abdallah2022', 'fdaCompounded2023'],
  risks: [
    'Dissociation can feel like a flashback or loss of control for some people with PTSD',
    'Raised blood pressure and heart rate, dizziness, nausea and sedation',
    'Any improvement may fade within weeks without further treatment',
    'Risk of misuse and dependence with repeated use',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Post-traumatic stress disorder (PTSD) can follow a frightening or violent event and bring intrusive memories, nightmares, avoidance and feeling constantly on guard. Many people improve with treatment, but not everyone does, which is why new options such as ketamine are being studied. So far the results are mixed.',
    ),
    h2('What the trials found'),
    p(
      'In a [randomized trial of 30 adults with chronic PTSD](cite:feder2021), six ketamine infusions over two weeks reduced symptoms more than an active placebo, midazolam. Among those who responded, the benefit typically lasted about four weeks after the last infusion.',
    ),
    p(
      'A [larger trial in 158 veterans and service members](cite:abdallah2022) whose PTSD had not improved with antidepressants gave eight infusions over four weeks. It found no significant difference in PTSD symptoms between ketamine and placebo, although depression scores improved with the standard dose.',
    ),
    p(
      'When a [review pooled the early randomized trials](cite:whittaker2021) across anxiety-related conditions, ketamine showed no significant effect for PTSD, unlike for social anxiety disorder.',
    ),
    bullets(
      'the trials are few and small, and their results disagree',
      'benefits, where seen, were short-lived',
      'it is not known which people, if any, are most likely to benefit',
      '[ketamine is not FDA-approved for PTSD](cite:fdaCompounded2023) or any other psychiatric disorder',
    ),
    h2('Treatments with stronger evidence'),
    p(
      'Trauma-focused talking therapies have the strongest evidence for PTSD, and two antidepressants, sertraline and paroxetine, are the only medicines FDA-approved for it, as the [authors of the first trial](cite:feder2021) note. If you have not yet had these, they usually come first.',
    ),
    callout(
      'warning',
      'The FDA has warned against taking compounded ketamine at home for mental health conditions. It described one case: a person treating PTSD at home, without supervision, had slowed breathing.',
    ),
    h2('If you are considering it'),
    bullets(
      'ask what evidence supports it for your kind of trauma and symptoms',
      'ask how dissociation will be handled if it brings back memories of the trauma',
      'keep your therapy and other care in place; ketamine was studied as an addition, not a replacement',
    ),
    callout(
      'crisis',
      'If you are thinking about suicide or feel unsafe, call or text 988 for the Suicide & Crisis Lifeline, or call 911 in an emergency.',
    ),
    cta(
      'call',
      'Living with PTSD that has not improved?',
      'Call the clinic to talk about the evidence and whether an assessment makes sense.',
    ),
  ],
};
