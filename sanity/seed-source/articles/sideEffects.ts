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

export const sideEffects: ArticleSeed = {
  slug: 'ketamine-side-effects-risks-and-who-should-not-have-it',
  title: 'Ketamine side effects, risks and who should not have it',
  excerpt:
    'What you may feel during and after a ketamine treatment, the rare but serious risks, who should not have it, and when to get urgent help.',
  keyPoints: [
    'Most side effects start during the dose and wear off within a few hours.',
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
  references: ['short2018', 'spravatoLabel', 'ketamineInjectionLabel', 'asra2018', 'fdaCompounded2023'],
  risks: [
    'Feeling detached or unreal (dissociation), dizziness, blurred vision, confusion or hallucinations',
    'Headache, anxiety, sleepiness, nausea and vomiting',
    'Raised blood pressure and heart rate',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Every medicine has side effects. Ketamine has some that you notice straight away. Knowing what to expect makes treatment safer and less strange. This page covers the common effects, the rare serious ones, and who should not have ketamine.',
    ),
    h2('Common effects during and soon after treatment'),
    p(
      'A [review of side effects in depression studies](cite:short2018) found these were reported most often after a dose:',
    ),
    bullets(
      'headache',
      'dizziness',
      'feeling detached from your body or surroundings (dissociation)',
      'a rise in blood pressure',
      'blurred vision',
      'anxiety, the most common effect on mood',
    ),
    p(
      'The [esketamine label](cite:spravatoLabel) also lists nausea, vomiting, sleepiness and a spinning feeling among its most common effects. Most effects start during the dose. The [ketamine injection label](cite:ketamineInjectionLabel) says its dream-like effects usually last no more than a few hours.',
    ),
    p(
      "These effects are why staff watch you during treatment and you stay until they pass. The [esketamine label](cite:spravatoLabel) says not to drive or use machines until the next day, after a good night's sleep.",
    ),
    h2('Less common but serious risks'),
    p(
      'The [esketamine label](cite:spravatoLabel) lists deep sleepiness, dissociation, breathing problems, misuse and raised blood pressure as serious risks. It also lists problems with thinking clearly and bladder problems. The [ketamine injection label](cite:ketamineInjectionLabel) reports bladder pain and inflammation in people with long-term use or misuse.',
    ),
    p(
      'In 2023 the FDA [warned about compounded ketamine taken at home](cite:fdaCompounded2023) without a health worker watching. It described one case: a person treating PTSD at home had slowed breathing, with a blood level about twice that used for anesthesia.',
    ),
    p(
      'The safety of repeated or long-term use is not known. The [review of side effects](cite:short2018) found that few studies looked at it, and called for long trials to find out.',
    ),
    callout(
      'warning',
      'Tell us about every medicine and supplement you take. This includes alcohol, cannabis, benzodiazepines and opioids. Mixing them with ketamine can deepen sleepiness and slow your breathing.',
    ),
    h2('Who should not have ketamine'),
    p(
      'Specialist [pain guidelines](cite:asra2018) and the [esketamine label](cite:spravatoLabel) list conditions in which ketamine should be avoided or used only with great care:',
    ),
    bullets(
      'heart disease or high blood pressure that is not well controlled',
      'an aneurysm, a tangle of blood vessels (arteriovenous malformation) or past bleeding in the brain',
      'raised pressure inside the skull or the eye',
      'severe liver disease',
      'some psychotic disorders, mainly when not well controlled',
      'current misuse of drugs or alcohol',
      'pregnancy, planning a pregnancy, or breastfeeding',
    ),
    p(
      'The [esketamine label](cite:spravatoLabel) advises against use in pregnancy. Animal studies suggest a possible risk to the baby. It also advises not to breastfeed during treatment.',
    ),
    h2('When to get urgent help'),
    p(
      'Call 911 or go to the nearest emergency room if you have chest pain, shortness of breath, a sudden bad headache, changes in your vision, a seizure, or slow or hard breathing. The [esketamine label](cite:spravatoLabel) names these as signs that need emergency care.',
    ),
    h2('Before your first appointment'),
    p(
      'Expect questions about your health, a blood pressure check and a review of your medicines. Bring a list, and a person who can take you home. If anything on this page applies to you, say so before your visit. Then you can talk about whether treatment is safe for you.',
    ),
    cta(
      'call',
      'Not sure if any of this applies to you?',
      'Call the clinic to ask your questions before you book.',
    ),
  ],
};
