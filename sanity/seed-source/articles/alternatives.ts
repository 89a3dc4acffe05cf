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
    'ekstrand2022',
    'rhee2022',
    'short2018',
    'cochraneDepression2021',
    'mcintyre2021',
    'spravatoLabel',
    'asra2018',
    'cochranePain2025',
  ],
  risks: [
    'Putting off other proven treatment while trying ketamine',
    'Effects on mood or pain often fade without further treatment',
    'Dissociation, dizziness, sleepiness, headache, anxiety, nausea and raised blood pressure during treatment',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Ketamine gets a lot of attention. But it is one choice among several, and it does not help everyone. Knowing the other choices makes it easier to decide whether to try it. It also helps you know what to do next if it does not work for you.',
    ),
    h2('How often ketamine does not help'),
    p(
      'In a large trial, ketamine was compared with ECT, a treatment that uses a small electric current to the brain. [About 55% of people given ketamine responded](cite:anand2023). So close to half did not. Across trials, a [Cochrane review](cite:cochraneDepression2021) found the benefit at 24 hours uncertain and often short-lived. For long-term pain in general, a [2025 Cochrane review](cite:cochranePain2025) found no clear drop in pain from ketamine given into a vein.',
    ),
    h2('Other options for depression that has not improved'),
    p('Options that are often tried include:'),
    bullets(
      'a new antidepressant, a higher dose, or two drugs at once, set with a psychiatrist',
      'a talking therapy with a set plan, along with medicine',
      'ECT, one of the most effective treatments for severe depression ([KetECT trial](cite:ekstrand2022))',
      'esketamine nose spray, an approved drug given in approved clinics',
    ),
    p(
      'In [one trial](cite:anand2023), ketamine was not worse than ECT. In [another trial](cite:ekstrand2022), more people got well with ECT (63%) than with ketamine (46%). A [review that pooled the trials](cite:rhee2022) found ECT worked better. An [expert group](cite:mcintyre2021) put ketamine and esketamine after two antidepressants have failed. It is one step in a longer plan, not a replacement for it.',
    ),
    h2('Other options for chronic pain'),
    p(
      'Pain guidelines see ketamine drips as [one part of a wider plan](cite:asra2018). The usual base is physical therapy, help with sleep and mood, and a review of your medicines with a pain expert. Ways of coping with pain, taught by a therapist, help too. That base stays, whatever else is tried.',
    ),
    h2('If ketamine has not helped'),
    p(
      'Agree ahead of time how you will judge whether treatment is working and when you will stop. The [label for esketamine](cite:spravatoLabel) asks for the benefit to be checked at four weeks, to decide whether to go on. If there is no real change, more sessions are unlikely to be the answer. That is not your fault. It does not mean nothing else will help.',
    ),
    bullets(
      'ask for a review of the diagnosis and of every treatment tried so far, with doses and how long you took them',
      'ask about the options above that you have not yet had',
      'keep the care you already have, such as therapy or a pain program',
    ),
    h2('Risks of ketamine to weigh'),
    p(
      'Ketamine can make you feel cut off from yourself, dizzy, sleepy, sick or worried, and can raise blood pressure. Less often it slows breathing. It can be misused ([label for esketamine](cite:spravatoLabel)). Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a dose.',
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
