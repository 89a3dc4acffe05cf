import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const anxiety: ArticleSeed = {
  slug: 'ketamine-and-anxiety-early-research',
  title: 'Ketamine and anxiety: what early research shows',
  excerpt:
    'Small studies suggest ketamine may ease anxiety for a short time in some people. The research is early and limited; here is what is known.',
  keyPoints: [
    'Small studies suggest ketamine may ease anxiety for hours to days in some people.',
    'Most of the trials are small, and many are at high risk of bias.',
    'Ketamine is not FDA-approved for anxiety or any other psychiatric disorder.',
    'Talking therapies and some medicines have stronger evidence and usually come first.',
  ],
  topic: 'anxiety',
  conditions: ['Anxiety disorders', 'Generalized anxiety disorder', 'Social anxiety disorder'],
  heroImage: {
    file: 'anxiety.png',
    alt: 'Abstract illustration of ripples spreading calmly across still green water',
  },
  publishedAt: '2026-09-22T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: false,
  showCrisisNotice: true,
  references: ['whittaker2021', 'hartland2023', 'fdaCompounded2023'],
  risks: [
    'Dissociation can feel frightening, and anxiety may briefly rise during treatment',
    'Raised blood pressure and heart rate',
    'Dizziness, nausea and sedation',
    'Risk of misuse and dependence with repeated use',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Anxiety disorders are among the most common mental health conditions, and for some people standard treatments such as talking therapy and antidepressants do not bring enough relief. Ketamine has been studied for anxiety because of its rapid effects in depression. The results so far are interesting, but far from settled.',
    ),
    h2('What the studies show'),
    p(
      'A [review of six small randomized trials](cite:whittaker2021) in people with hard-to-treat anxiety found that four of the six showed more improvement with ketamine than with the comparison treatment. When the trials were pooled, the chance of responding was higher for social anxiety disorder, but there was no significant effect for post-traumatic stress disorder (PTSD). A larger [meta-analysis of fourteen trials](cite:hartland2023) across several conditions found a short-term reduction in anxiety, but eleven of those fourteen trials were judged to be at high risk of bias, and many were small.',
    ),
    p('Put simply:'),
    bullets(
      'there are early signs that ketamine may reduce anxiety for hours to days in some people',
      'the studies are small, short and varied, so the size and length of any benefit are uncertain',
      'there is very little evidence about repeated treatment for anxiety over months',
      '[ketamine is not FDA-approved for any psychiatric disorder](cite:fdaCompounded2023), anxiety included',
    ),
    callout(
      'info',
      'Because the evidence is limited, ketamine is not a first-line treatment for anxiety. Treatments with stronger evidence, such as talking therapies and some medicines, are usually tried first.',
    ),
    h2('Dissociation and anxiety'),
    p(
      'The detached, dreamlike feeling that ketamine can cause is usually brief, but some people with anxiety find it distressing. Ask beforehand what to expect, who will be nearby during the session, and how to say that you feel uncomfortable.',
    ),
    h2('When anxiety comes with depression'),
    p(
      'Anxiety often occurs alongside depression. When ketamine is considered, it is usually for treatment-resistant depression, and any change in anxiety is followed as part of that care.',
    ),
    h2('Questions worth asking'),
    bullets(
      'Which proven treatments have I tried, and for how long?',
      'What would count as a meaningful improvement for me, and how will we measure it?',
      'What happens if the effect wears off after a few days?',
      'How would dissociation affect me, given my anxiety?',
    ),
    callout(
      'crisis',
      'If anxiety or low mood ever leads to thoughts of harming yourself, call or text 988 for the Suicide & Crisis Lifeline, or call 911 in an emergency.',
    ),
    cta(
      'call',
      'Living with anxiety that has not improved?',
      'Call the clinic to talk about your options and whether an assessment would be useful.',
    ),
  ],
};
