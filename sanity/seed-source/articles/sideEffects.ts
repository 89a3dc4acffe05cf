import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const sideEffects: ArticleSeed = {
  slug: 'ketamine-side-effects-risks-and-who-should-not-have-it',
  title: 'Ketamine side effects, risks and who should not have it',
  excerpt:
    'What you may feel during and after a ketamine treatment, the less common but serious risks, and the conditions that rule it out.',
  keyPoints: [
    'Most side effects start during the dose and settle within about two hours.',
    'Common ones include feeling detached, dizziness, sleepiness, nausea, headache and anxiety.',
    'Serious risks include raised blood pressure, slowed breathing, misuse and bladder damage.',
    'Some heart, brain, eye, liver and mental health conditions, and pregnancy, rule it out.',
    'The safety of repeated or long-term use is not known.',
  ],
  topic: 'safety',
  conditions: ['Treatment safety'],
  heroImage: {
    file: 'side-effects.png',
    alt: 'Abstract illustration of a clipboard checklist with three ticked boxes in soft green',
  },
  publishedAt: '2026-07-14T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: true,
  showCrisisNotice: false,
  references: ['short2018', 'spravatoLabel', 'asra2018', 'fdaCompounded2023'],
  risks: [
    'Dissociation, dizziness, confusion, perceptual changes or hallucinations',
    'Raised blood pressure and heart rate',
    'Nausea, vomiting and sedation',
    'Slowed breathing, especially with other sedating medicines',
    'Bladder and urinary symptoms with frequent or long-term use',
    'Misuse and dependence',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Every medicine has side effects, and ketamine has some that people notice straight away. Knowing what to expect makes treatment safer and less unsettling. This page covers the common effects, the rarer serious ones, and who should not have ketamine at all.',
    ),
    h2('Common effects during and soon after treatment'),
    p(
      'A [systematic review of side effects in depression studies](cite:short2018) found that most effects start during the dose and settle within a couple of hours. The most frequent are:',
    ),
    bullets(
      'feeling detached from your body or surroundings (dissociation)',
      'dizziness, blurred vision and feeling light-headed',
      'sleepiness or, less often, feeling restless',
      'nausea and sometimes vomiting',
      'a rise in blood pressure and heart rate',
    ),
    p(
      'These are the reasons treatment is monitored and people stay until the effects have passed. The [esketamine label](cite:spravatoLabel) advises against driving or operating machinery until the next day, after a restful sleep.',
    ),
    h2('Less common but serious risks'),
    p(
      'The [esketamine label](cite:spravatoLabel) lists sedation, dissociation, breathing problems and increased blood pressure as serious risks that need monitoring. In 2023 the FDA also [warned about compounded ketamine taken at home](cite:fdaCompounded2023) without monitoring, after reports of harm. Frequent or long-term use carries further risks, including misuse and bladder damage, which we cover in a separate article.',
    ),
    callout(
      'warning',
      'Tell us about every medicine and supplement you take, including alcohol, cannabis, benzodiazepines and opioids. Combining them with ketamine can deepen sedation and slow breathing.',
    ),
    h2('Who should not have ketamine'),
    p(
      'Specialist [pain guidelines](cite:asra2018) and the esketamine label list conditions in which ketamine should be avoided or used only with great caution:',
    ),
    bullets(
      'poorly controlled heart disease or high blood pressure',
      'aneurysm, arteriovenous malformation or a history of bleeding in the brain',
      'raised pressure inside the skull or the eye',
      'severe liver disease',
      'some psychotic disorders, especially when not well controlled',
      'current substance misuse',
      'pregnancy, or planning a pregnancy, and breastfeeding',
    ),
    p(
      'The esketamine label advises against use in pregnancy, because animal studies suggest a possible risk to the developing baby, and advises not to breastfeed during treatment.',
    ),
    h2('Before your first appointment'),
    p(
      'Expect a full medical history, a blood pressure check and a review of your medicines. Bring a list, and a person who can take you home afterwards. If anything on this page applies to you, say so before your appointment so that whether treatment is safe for you can be discussed.',
    ),
    cta(
      'call',
      'Not sure if any of this applies to you?',
      'Call the clinic to ask your questions before you book.',
    ),
  ],
};
