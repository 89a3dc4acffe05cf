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
  references: ['whittaker2021', 'hartland2023', 'fdaCompounded2023', 'spravatoLabel', 'short2018'],
  risks: [
    'Dissociation can feel frightening, and anxiety may briefly rise during treatment',
    'Raised blood pressure and heart rate',
    'Dizziness, headache, nausea and sleepiness',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Anxiety disorders are common. For some people, talking therapy and medicines do not bring enough relief ([review of trials](cite:whittaker2021)). Ketamine has been studied for anxiety because it acts fast in depression. The results so far are of interest, but far from settled.',
    ),
    h2('What the studies show'),
    p(
      'A [review of six small trials](cite:whittaker2021) looked at people with hard-to-treat anxiety. Four of the six found more improvement with ketamine than with the comparison. Pooled together, the trials showed a better chance of a response for social anxiety. There was no clear effect for PTSD.',
    ),
    p(
      'A larger [review of fourteen trials](cite:hartland2023) across several conditions found a short-term drop in anxiety. But eleven of the fourteen trials were judged at high risk of bias, and many were small. Put simply, the [reviews](cite:hartland2023) show:',
    ),
    bullets(
      'there are early signs that ketamine may ease anxiety for hours to days in some people',
      'the studies are small, short and varied, so the size and length of any benefit are not known',
      'there is very little evidence about repeated treatment for anxiety over months',
      '[ketamine is not FDA-approved for any mental health condition](cite:fdaCompounded2023), anxiety included',
    ),
    callout(
      'info',
      'Because the evidence is limited, ketamine is not a first choice for anxiety. Treatments with stronger evidence, such as talking therapies and some medicines, are usually tried first.',
    ),
    h2('Feeling cut off, and anxiety'),
    p(
      'Ketamine can make you feel cut off from yourself or in a dream ([label for esketamine](cite:spravatoLabel)). It is usually brief, but some people with anxiety find it upsetting. Worry is itself a common side effect ([review of side effects](cite:short2018)). Ask ahead of time what to expect, who will be nearby, and how to say you feel uneasy.',
    ),
    h2('Other risks'),
    p(
      'Ketamine can also cause dizziness, sleepiness, headache, feeling sick and a rise in blood pressure. Less often it slows breathing. It can be misused ([label for esketamine](cite:spravatoLabel)). Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a dose.',
    ),
    h2('When anxiety comes with depression'),
    p(
      'Anxiety often comes with depression. When ketamine is offered, it is usually as a treatment for depression. Any change in anxiety is then tracked as part of that care.',
    ),
    h2('Questions worth asking'),
    bullets(
      'Which proven treatments have I tried, and for how long?',
      'What would count as a real improvement for me, and how will we measure it?',
      'What happens if the effect wears off after a few days?',
      'How would feeling cut off affect me, given my anxiety?',
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
