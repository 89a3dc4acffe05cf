import { bullets, callout, cta, h2, numbered, p } from '../portableText.ts';
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
    'The FDA has warned about compounded ketamine taken at home without monitoring.',
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
  references: ['fdaCompounded2023', 'spravatoLabel', 'asra2018'],
  risks: [
    'Sedation and dissociation that make it unsafe to travel alone after treatment',
    'Raised blood pressure that may need treatment before you leave',
    'Slowed breathing, more likely with other sedating medicines',
    'Nausea and vomiting',
  ],
  body: [
    p(
      'Ketamine changes how you feel and perceive things for a while after each dose, and it can raise blood pressure and, rarely, slow breathing. That is why medical guidance is clear that treatment should happen where trained staff can watch over you and respond straight away.',
    ),
    h2('What the regulators and guidelines say'),
    p(
      'Esketamine nasal spray can only be given in certified settings under a [restricted safety programme](cite:spravatoLabel): a healthcare provider observes you for at least two hours after each dose and decides when you are ready to leave. Pain specialists recommend [monitoring heart rate, blood pressure and oxygen levels](cite:asra2018) during infusions, with staff and equipment ready to manage side effects. In 2023 the FDA [warned the public about compounded ketamine products](cite:fdaCompounded2023), including versions taken at home, because of reports of harm without medical monitoring.',
    ),
    h2('What supervision usually covers'),
    numbered(
      'Before the dose: a check of how you have been, any new medicines, and your blood pressure.',
      'During treatment: heart rate, blood pressure and oxygen level are watched while you rest.',
      'Recovery: you stay until the effects have worn off and a clinician judges you ready to leave; with esketamine that is at least two hours.',
      'Going home: someone else takes you home. The esketamine label advises no driving until the next day, after a restful sleep.',
    ),
    callout(
      'info',
      'Monitoring is about safety, not a sign that ketamine works better. It lets the care team notice problems early and help you through uncomfortable effects.',
    ),
    h2('Why not at home?'),
    p('Taking ketamine at home without supervision removes every safety step above:'),
    bullets(
      'nobody is measuring blood pressure or breathing',
      'doses of compounded products can vary',
      'there is no one to help if you feel frightened, faint or unwell',
      'the risk of taking extra doses and of misuse is higher',
    ),
    p(
      'Supervision also means someone can respond if the experience feels strange or upsetting. What a visit looks like at a particular clinic, and who is present, is something to ask that clinic directly.',
    ),
    h2('Preparing for your appointment'),
    bullets(
      'Follow the eating and drinking instructions your care team gives you before the session.',
      'Bring a list of all medicines and supplements.',
      'Arrange for someone to take you home and, ideally, stay with you for the evening.',
    ),
    cta(
      'directions',
      'Planning your visit?',
      'Get directions to the clinic and allow time to rest after your session.',
    ),
  ],
};
