import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const alternatives: ArticleSeed = {
  slug: 'alternatives-to-ketamine-and-if-it-does-not-help',
  title: 'Alternatives to ketamine, and what to do if it does not help',
  excerpt:
    'Ketamine does not help everyone. The other treatments for depression and chronic pain, and how to decide what comes next if ketamine has not worked.',
  keyPoints: [
    'Ketamine does not help everyone: in the largest trial, close to half of people did not respond.',
    'Other options for depression include changing medicines, talking therapy, ECT and esketamine.',
    'For chronic pain, therapy, sleep and mood support and a medicine review come first.',
    'Agree in advance how you will judge whether ketamine works and when to stop.',
  ],
  topic: 'treatment',
  conditions: ['Treatment-resistant depression', 'Chronic pain', 'CRPS'],
  heroImage: {
    file: 'alternatives.png',
    alt: 'Abstract illustration of three paths branching from one point across a soft green field',
  },
  publishedAt: '2026-10-27T09:00:00Z',
  lastReviewed: '2026-11-16',
  featured: false,
  showCrisisNotice: true,
  references: [
    'anand2023',
    'cochraneDepression2021',
    'mcintyre2021',
    'spravatoLabel',
    'asra2018',
    'cochranePain2025',
  ],
  risks: [
    'Delaying other proven treatment while trying ketamine',
    'Effects on mood or pain often fade without further treatment',
    'Dissociation, dizziness, nausea, sedation and raised blood pressure during treatment',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Ketamine gets a lot of attention, but it is one option among several, and it does not help everyone. Knowing the alternatives makes it easier to decide whether to try it, and what to do next if it does not work for you.',
    ),
    h2('How often ketamine does not help'),
    p(
      'In the largest trial comparing ketamine with electroconvulsive therapy (ECT), [about 55% of people given ketamine responded](cite:anand2023), which means that close to half did not. Across trials, a [Cochrane review](cite:cochraneDepression2021) found the benefit at 24 hours uncertain and often short-lived. For chronic pain in general, a [2025 Cochrane review](cite:cochranePain2025) found no clear reduction in pain from intravenous ketamine.',
    ),
    h2('Other options for depression that has not improved'),
    bullets(
      'a different antidepressant, a higher dose, or a combination, adjusted with a psychiatrist',
      'a structured talking therapy, alongside medicine',
      'electroconvulsive therapy, one of the most effective treatments for severe depression, which did about as well as ketamine in the comparison trial',
      'esketamine nasal spray, an approved medicine given in certified settings',
    ),
    p(
      'An [international expert group](cite:mcintyre2021) placed ketamine and esketamine after at least two antidepressants have not worked, as one step in a longer plan rather than a replacement for it.',
    ),
    h2('Other options for chronic pain'),
    p(
      'Pain guidelines see infusions as [one part of a wider plan](cite:asra2018). Physical and occupational therapy, help with sleep and mood, pain psychology, and a review of medicines with a pain specialist are the usual foundations, whatever else is tried.',
    ),
    h2('If ketamine has not helped'),
    p(
      'Agree in advance how you will judge whether treatment is working and when you will stop. The [esketamine label](cite:spravatoLabel) asks for the benefit to be checked at the end of the first four weeks to decide whether to continue. If there is no meaningful change, more sessions are unlikely to be the answer. That is not a failure on your part, and it does not mean nothing else will help.',
    ),
    bullets(
      'ask for a review of the diagnosis and of every treatment tried so far, with doses and durations',
      'ask about the options above that you have not yet had',
      'keep the care you already have, such as therapy or a pain programme, in place',
    ),
    callout(
      'crisis',
      'If you feel worse, or have thoughts of ending your life, call or text 988 for the Suicide & Crisis Lifeline, or call 911 in an emergency.',
    ),
    cta(
      'call',
      'Weighing up your options?',
      'Call the clinic to talk through where ketamine might fit, and what else you could try.',
    ),
  ],
};
