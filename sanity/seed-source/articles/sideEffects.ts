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
      'Ketamine has some side effects that you notice straight away ([drug label](cite:spravatoLabel)). Knowing what to expect makes treatment safer and less strange. This page covers the common effects, the rare serious ones, and who should not have ketamine.',
    ),
    h2('Common effects during and soon after treatment'),
    p(
      'A [review of side effects in depression studies](cite:short2018) found these were reported most often after a dose:',
    ),
    bullets(
      'headache',
      'dizziness',
      'feeling cut off from your body or the world around you (dissociation)',
      'a rise in blood pressure',
      'blurred vision',
      'worry or fear (anxiety), the most common effect on mood',
    ),
    p(
      'The [label for esketamine](cite:spravatoLabel) also lists feeling sick, throwing up, sleepiness and a spinning feeling as common. Most effects start during the dose. The [label for ketamine](cite:ketamineInjectionLabel) says its dream-like effects last no more than a few hours.',
    ),
    p(
      "These effects are why staff watch you and you stay until they pass. The [label](cite:spravatoLabel) says not to drive or use machines until the next day, after a good night's sleep.",
    ),
    h2('Less common but serious risks'),
    p(
      'The [label for esketamine](cite:spravatoLabel) lists these as serious risks: deep sleep, feeling detached, breathing problems, misuse and high blood pressure. It also lists trouble thinking clearly and bladder problems. The [label for ketamine](cite:ketamineInjectionLabel) reports bladder pain and swelling in people who used it for a long time or misused it.',
    ),
    p(
      'In 2023 the FDA [warned about ketamine mixed by a pharmacy and taken at home](cite:fdaCompounded2023), with no health worker watching. It told of one case. A person treating PTSD at home had slow breathing, with a blood level about twice that used to put people to sleep for surgery.',
    ),
    p(
      'The safety of repeated or long-term use is not known. The [review of side effects](cite:short2018) found that few studies looked at it. It called for long trials to find out.',
    ),
    callout(
      'warning',
      'Tell us about every medicine and supplement you take, and about alcohol, cannabis, sleeping pills or pain pills. Mixing them with ketamine can make you very sleepy and slow your breathing.',
    ),
    h2('Who should not have ketamine'),
    p(
      'Pain [guidelines](cite:asra2018) and the [label for esketamine](cite:spravatoLabel) say to avoid ketamine, or use it only with great care, if you have:',
    ),
    bullets(
      'heart disease or high blood pressure that is not under control',
      'a bulge in a blood vessel (aneurysm), a tangle of blood vessels in the brain, or past bleeding in the brain',
      'high pressure inside the skull or the eye',
      'severe liver disease',
      'some kinds of psychosis, mainly when not under control',
      'current misuse of drugs or alcohol',
      'a pregnancy, plans to get pregnant, or a baby you breastfeed',
    ),
    p(
      'The [label](cite:spravatoLabel) says not to use it in pregnancy. Studies in animals suggest it may harm the baby. It also says not to breastfeed during treatment.',
    ),
    h2('When to get urgent help'),
    p(
      'Call 911 or go to the nearest emergency room if you have chest pain, or if you are short of breath. Do the same for a sudden bad headache, a change in how you see, a seizure, or slow or hard breathing. The [label](cite:spravatoLabel) names these as signs that need emergency care.',
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
