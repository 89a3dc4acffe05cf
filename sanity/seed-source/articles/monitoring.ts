import { bullets, callout, cta, h2, numbered, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS,
  LONG_TERM_SAFETY_UNKNOWN,
  MISUSE_AND_DEPENDENCE,
  SLOWED_BREATHING,
  WHEN_TO_GET_URGENT_HELP,
} from '../riskLines.ts';
import type { ArticleSeed } from '../types.ts';

export const monitoring: ArticleSeed = {
  slug: 'why-in-clinic-monitoring-matters',
  title: 'Why ketamine is given in a clinic, with monitoring',
  excerpt:
    'Why guidance asks for ketamine to be given under supervision, what is checked and why, and why unsupervised ketamine at home carries extra risks.',
  keyPoints: [
    'Ketamine can cause sedation, dissociation and raised blood pressure, and rarely slowed breathing.',
    'Esketamine can only be given in certified settings, with at least two hours of observation.',
    'Guidelines advise checking heart rate, blood pressure and oxygen during infusions.',
    'The FDA has warned about compounded ketamine taken at home, without anyone watching.',
    'Someone else must take you home; do not drive until the next day.',
  ],
  topic: 'treatment',
  conditions: ['Treatment safety'],
  heroImage: {
    file: 'monitoring.png',
    alt: 'Abstract illustration of a calm heart-rate line crossing a soft blue background',
  },
  publishedAt: '2026-07-28T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: false,
  showCrisisNotice: false,
  references: ['fdaCompounded2023', 'spravatoLabel', 'asra2018', 'short2018'],
  risks: [
    'Sleepiness and dissociation that make it unsafe to travel alone after treatment',
    'Raised blood pressure that may need treatment before you leave',
    'Nausea, vomiting, dizziness, headache and anxiety',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Ketamine changes how you feel and see things for a while after each dose. It can raise blood pressure and, rarely, slow your breathing ([esketamine label](cite:spravatoLabel)). That is why medical guidance says treatment should happen where trained staff can watch over you and act straight away.',
    ),
    h2('What the regulators and guidelines say'),
    p(
      'Esketamine nose spray can only be given in approved clinics, under a [strict safety program](cite:spravatoLabel). A health worker watches you for at least two hours after each dose. They decide when you are ready to leave.',
    ),
    p(
      'Pain experts advise [checking heart rate, blood pressure and oxygen](cite:asra2018) during a drip into a vein. Staff and tools should be ready to deal with side effects.',
    ),
    p(
      'In 2023 the FDA [warned the public about compounded ketamine](cite:fdaCompounded2023), including forms taken at home. It said people who take it without a health worker watching are at risk from sleepiness and dissociation. It described one case: a person treating PTSD at home had slowed breathing, with a blood level about twice that used for anesthesia.',
    ),
    h2('What supervision usually covers'),
    numbered(
      'Before the dose: a check of how you have been, any new medicines, and your blood pressure.',
      'During treatment: heart rate, blood pressure and oxygen level are watched while you rest.',
      'Recovery: you stay until the effects have worn off and a clinician says you can leave. With esketamine that is at least two hours.',
      "Going home: someone else takes you home. The esketamine label says not to drive until the next day, after a good night's sleep.",
    ),
    callout(
      'info',
      'Watching you is about safety. It is not a sign that ketamine works better. It lets the care team spot problems early and help you through effects that feel bad.',
    ),
    h2('Why not at home?'),
    p(
      'The [FDA warning](cite:fdaCompounded2023) says the FDA has not checked ketamine mixed by a pharmacy for safety, for how well it works or for quality. Taking it at home with no health worker there removes every safety step above:',
    ),
    bullets(
      'nobody is checking blood pressure or breathing',
      'the strength of compounded products has not been checked by the FDA',
      'there is no one to help if you feel scared, faint or unwell',
      'the risk of taking extra doses and of misuse is higher',
    ),
    p(
      'Supervision also means someone can help if the experience feels strange or upsetting. What a visit looks like at a given clinic, and who is there, is something to ask that clinic.',
    ),
    h2('Risks to know about'),
    p(
      'You may feel cut off from yourself, dizzy, sleepy, sick or worried, or get a headache. Your blood pressure may go up. Frequent use can lead to misuse and harm the bladder. The safety of repeated or long-term use is not known ([review of side effects](cite:short2018); [drug label](cite:spravatoLabel)).',
    ),
    h2('When to get urgent help'),
    p(
      'After you leave, call 911 if you have chest pain or are short of breath. Do the same for a sudden bad headache, a change in how you see, a seizure, confusion or sleepiness that gets worse, or slow or hard breathing. The [label for esketamine](cite:spravatoLabel) names these as signs that need emergency care.',
    ),
    h2('Preparing for your appointment'),
    bullets(
      'Follow the eating and drinking instructions your care team gives you before the session.',
      'Bring a list of all medicines and supplements.',
      'Arrange for someone to take you home and, if possible, stay with you for the evening.',
    ),
    cta(
      'directions',
      'Planning your visit?',
      'Get directions to the clinic and allow time to rest after your session.',
    ),
  ],
};
