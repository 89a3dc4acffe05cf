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

export const ptsd: ArticleSeed = {
  slug: 'ketamine-and-ptsd-what-the-evidence-shows',
  title: 'Ketamine and PTSD: what the evidence shows so far',
  excerpt:
    'Trials of ketamine for post-traumatic stress disorder have given mixed results, and it is not approved for PTSD. What the studies found, and the treatments with stronger evidence.',
  keyPoints: [
    'Trials of ketamine for PTSD disagree: one small trial helped, a larger one did not.',
    'Where benefits were seen, they were short-lived.',
    'Ketamine is not FDA-approved for PTSD.',
    'Trauma-focused talking therapies and two antidepressants have stronger evidence.',
  ],
  topic: 'anxiety',
  conditions: ['Post-traumatic stress disorder (PTSD)'],
  heroImage: {
    file: 'ptsd.png',
    alt: 'Abstract illustration of a small sprout growing through cracked pale stone',
  },
  publishedAt: '2026-11-10T09:00:00Z',
  lastReviewed: '2026-11-16',
  featured: false,
  showCrisisNotice: true,
  references: [
    'whittaker2021',
    'feder2021',
    'abdallah2022',
    'fdaCompounded2023',
    'spravatoLabel',
    'short2018',
  ],
  risks: [
    'Dissociation can feel like a flashback or a loss of control for some people with PTSD',
    'Raised blood pressure and heart rate, dizziness, headache, anxiety, nausea and sleepiness',
    'Any improvement may fade within weeks without further treatment',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'PTSD (post-traumatic stress disorder) can follow a scary or violent event. It can bring unwanted memories, bad dreams, avoiding reminders, and always feeling on guard. Ketamine is one of the new options being studied for it. So far the results are mixed.',
    ),
    h2('What the trials found'),
    p(
      'In a [trial of 30 adults with long-lasting PTSD](cite:feder2021), six ketamine drips over two weeks eased symptoms more than a comparison drug, midazolam. In those who responded, the benefit often lasted about four weeks after the last drip.',
    ),
    p(
      'A [larger trial in 158 veterans and service members](cite:abdallah2022) gave eight drips over four weeks. Their PTSD had not improved with antidepressants. It found no clear difference in PTSD symptoms between ketamine and a dummy drug. Depression scores did improve with the standard dose.',
    ),
    p(
      'A [review pooled the early trials](cite:whittaker2021) across anxiety conditions. Ketamine showed no clear effect for PTSD, unlike for social anxiety. In short, the [review](cite:whittaker2021) and trials show:',
    ),
    bullets(
      'the trials are few and small, and their results disagree',
      'benefits, where seen, were short-lived',
      'it is not known which people, if any, are most likely to benefit',
      '[ketamine is not FDA-approved for PTSD](cite:fdaCompounded2023) or any other mental health condition',
    ),
    h2('Treatments with stronger evidence'),
    p(
      'Talking therapies that focus on the trauma have the strongest evidence for PTSD. Two antidepressants, sertraline and paroxetine, are the only drugs FDA-approved for it, as the [authors of the first trial](cite:feder2021) note. If you have not yet had these, they usually come first.',
    ),
    h2('Risks'),
    p(
      'The FDA has [warned against taking ketamine mixed by a pharmacy at home](cite:fdaCompounded2023) for mental health conditions. It told of one case: a person treating PTSD at home, with no one watching, had slow breathing.',
    ),
    p(
      'Ketamine can make you feel cut off from yourself, which may feel like a flashback. It can also cause dizziness, sleepiness, headache, worry and a rise in blood pressure ([label for esketamine](cite:spravatoLabel)). It can be misused. Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a dose.',
    ),
    callout('warning', 'Do not take ketamine at home without medical supervision.'),
    h2('If you are thinking about it'),
    bullets(
      'Ask what evidence supports it for your kind of trauma and symptoms.',
      'Ask how staff will help if feeling cut off brings back memories of the trauma.',
      'Keep your therapy and other care; ketamine was studied as an add-on, not a replacement.',
    ),
    callout(
      'crisis',
      'If you are thinking about suicide or feel unsafe, call or text 988 for the Suicide & Crisis Lifeline, or call 911 in an emergency.',
    ),
    cta(
      'call',
      'Living with PTSD that has not improved?',
      'Call the clinic to talk about the evidence and whether an assessment makes sense.',
    ),
  ],
};
