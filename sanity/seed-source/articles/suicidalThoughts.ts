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

export const suicidalThoughts: ArticleSeed = {
  slug: 'ketamine-and-suicidal-thoughts',
  title: 'Ketamine and suicidal thoughts: fast but short-lived, and never instead of crisis care',
  excerpt:
    'In small trials, one dose of ketamine eased suicidal thoughts within a day for some people. The effect lasted up to about three days. Crisis care always comes first.',
  keyPoints: [
    'If you are in danger now, call or text 988, or call 911.',
    'In small trials, one dose of ketamine eased suicidal thoughts within a day for some people.',
    'The effect lasted up to about three days, not longer.',
    'No study has shown that ketamine prevents suicide.',
    'Ketamine is only ever part of full care, never instead of crisis care.',
  ],
  topic: 'suicidal-thoughts',
  conditions: ['Suicidal ideation', 'Depression'],
  heroImage: {
    file: 'suicidal-thoughts.png',
    alt: 'Abstract illustration of a small lantern glowing against a deep blue evening sky',
  },
  publishedAt: '2026-09-08T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: false,
  showCrisisNotice: true,
  references: ['witt2020', 'wilkinson2018', 'spravatoLabel', 'dazzi2014', 'short2018'],
  risks: [
    'Any easing of suicidal thoughts lasted up to about three days in trials; it needs other care to last',
    'Dissociation, dizziness, sleepiness, headache, anxiety and raised blood pressure after a dose',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    'Not a substitute for emergency assessment, a safety plan or ongoing treatment',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    callout(
      'crisis',
      'If you are thinking about suicide right now, call or text 988 to reach the Suicide & Crisis Lifeline, any time of day. If you or someone else is in immediate danger, call 911 or go to the nearest emergency room.',
    ),
    p(
      'Suicidal thoughts are an emergency when they come with a plan or an intent to act. People in this situation need help fast. That is one reason researchers have studied ketamine, which in some studies acted within a day.',
    ),
    h2('What the research shows'),
    p(
      'A [review of 15 trials with 572 people](cite:witt2020) found that one dose of ketamine eased suicidal thoughts more than a comparison treatment. The effect started within about 4 hours and lasted up to about 72 hours (three days), but not after that. Results varied a lot from trial to trial. The reviewers rated the evidence moderate to low.',
    ),
    p(
      'An [earlier pooled analysis of ten small trials](cite:wilkinson2018), 167 people in all, found a drop within a day. The trials measured thoughts, not suicide attempts or deaths. So they cannot show that ketamine prevents suicide.',
    ),
    p(
      'Esketamine nose spray is [approved in the US](cite:spravatoLabel) to treat depression symptoms in adults with major depression who have sudden suicidal thoughts or actions. It is given along with an antidepressant pill. Its label says it has not been shown to prevent suicide or to reduce suicidal thoughts or actions. It also says using it does not replace a hospital stay when a clinician thinks one is needed.',
    ),
    h2('Where ketamine fits'),
    p(
      'The [esketamine label](cite:spravatoLabel) describes it only as part of full care, never on its own. That means:',
    ),
    bullets(
      'a full check of your risk by a trained clinician first',
      'a written safety plan, and people you can call when things get worse',
      'ongoing care with a psychiatrist, therapist or family doctor',
      'close follow-up in the days after each dose, when the effect may wear off',
    ),
    p(
      'Ketamine also has side effects. You may feel cut off from yourself, dizzy or worried, get a headache, or have a rise in blood pressure ([review of side effects](cite:short2018)). Our page on side effects lists them all.',
    ),
    callout(
      'warning',
      'Ketamine treatment is not emergency care. If you are in danger today, please contact 988 or 911 rather than booking an appointment.',
    ),
    h2('Talking to someone you care about'),
    p(
      'If you are worried about a friend or family member, ask them straight out whether they are thinking about suicide. [Asking does not plant the idea](cite:dazzi2014). Stay with them. If you can do so safely, remove anything they could use to harm themselves. Help them call or text 988.',
    ),
    cta(
      'call',
      'Questions about treatment for ongoing depression?',
      'Call the clinic to ask about an assessment. For a crisis, call or text 988, or call 911.',
    ),
  ],
};
