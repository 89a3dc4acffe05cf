import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS,
  LONG_TERM_SAFETY_UNKNOWN,
  SLOWED_BREATHING,
  WHEN_TO_GET_URGENT_HELP,
} from '../riskLines.ts';
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
    'short2018',
  ],
  risks: [
    'Feeling detached or unreal (dissociation), dizziness and sleepiness, mostly in the first two hours',
    'Headache, anxiety, nausea and vomiting',
    'Raised blood pressure during and after treatment',
    SLOWED_BREATHING,
    'Misuse and dependence; esketamine carries a boxed warning and is only given under a restricted program',
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Depression is called treatment-resistant when two or more antidepressants, taken the right way, have not helped enough ([expert review](cite:mcintyre2021)). Most people treated with standard antidepressants do not fully get well. Living with it is tiring. Ketamine and a close relative, esketamine, are newer options for this group.',
    ),
    h2('Two medicines, different approvals'),
    p(
      'Esketamine is a nose spray sold as Spravato. In the US it is [approved for treatment-resistant depression](cite:spravatoLabel) in adults. It is also approved for depression symptoms in adults with major depression who have sudden suicidal thoughts or actions. It is only given in approved clinics under a strict safety program. Staff watch you for at least two hours after each dose.',
    ),
    p(
      'Ketamine itself is usually given as a slow drip into a vein. It is **not approved by the FDA for any mental health condition** ([FDA, 2023](cite:fdaCompounded2023)). Doctors may still use it "off label". That is legal. But it means the dose and schedule come from research and experience, not from an approved label.',
    ),
    h2('How well does it work?'),
    p(
      'A [Cochrane review of the trials](cite:cochraneDepression2021) found that more people responded to ketamine than to a dummy drug (placebo) about 24 hours after a dose. But the evidence was of very low certainty, and the benefit was less clear after a few days. An [expert group](cite:mcintyre2021) said both medicines have a place for this kind of depression, with careful choice of patients and close watching.',
    ),
    p('In practice, the [Cochrane review](cite:cochraneDepression2021) means:'),
    bullets(
      'some people feel better within about a day; many do not',
      'without more treatment, the benefit often fades within days',
      'repeat doses are usually needed, and long-term research is still limited',
    ),
    h2('How it differs from standard antidepressants'),
    p(
      'Most antidepressants act on serotonin. Ketamine blocks a different target, the NMDA receptor, in the glutamate system. Researchers think it helps mood [in an indirect way, through changes in brain signals and links between brain cells](cite:zanosGould2018). The exact way it works is still being studied.',
    ),
    h2('Side effects'),
    p(
      'You may feel cut off from yourself, dizzy, sleepy, sick or worried, or get a headache. Blood pressure goes up for a while. Less often, breathing slows. Esketamine has a boxed warning about misuse ([drug label](cite:spravatoLabel)). Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)).',
    ),
    callout(
      'crisis',
      'If you are thinking about suicide or may be in danger, call or text 988 (Suicide & Crisis Lifeline) now, or call 911 in an emergency. Ketamine treatment is not emergency care.',
    ),
    h2('When to get urgent help'),
    p(
      'After a dose, call 911 if you have chest pain or are short of breath. Do the same for a sudden bad headache, a change in how you see, a seizure, or slow or hard breathing. The [label for esketamine](cite:spravatoLabel) names these as signs that need emergency care.',
    ),
    h2('Is it right for me?'),
    p(
      'That is a choice for you and a clinician who knows your history. Ketamine is usually added to care with a psychiatrist or therapist, not used instead of it. It is not for people who are pregnant or breastfeeding. People with some heart, blood vessel or mental health conditions, or who misuse drugs now, are usually not offered it ([label for esketamine](cite:spravatoLabel)).',
    ),
    cta(
      'call',
      'Want to talk it through?',
      'Call us to ask whether an assessment makes sense for you and what it would involve.',
    ),
  ],
};
