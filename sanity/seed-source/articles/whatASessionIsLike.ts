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

export const whatASessionIsLike: ArticleSeed = {
  slug: 'what-a-ketamine-session-is-like-and-when-to-get-urgent-help',
  title: 'What a ketamine session is like, and when to get urgent help afterwards',
  excerpt:
    'What you may feel during a supervised ketamine or esketamine session, how recovery goes, and the warning signs afterwards that need urgent help.',
  keyPoints: [
    'During a session you may feel detached, dizzy, sleepy or sick; this usually settles within two hours.',
    'Blood pressure rises, so it is checked, and you stay until a clinician says you can leave.',
    'Do not drive until the next day, and avoid alcohol and other sedating drugs.',
    'Call 911 for chest pain, trouble breathing, a severe headache or worsening confusion.',
  ],
  topic: 'treatment',
  conditions: ['Treatment safety', 'Treatment-resistant depression'],
  heroImage: {
    file: 'session.png',
    alt: 'Abstract illustration of a reclining chair shape outlined in soft blue beside a window of light',
  },
  publishedAt: '2026-11-03T09:00:00Z',
  featured: false,
  showCrisisNotice: true,
  references: ['spravatoLabel', 'short2018', 'ketamineInjectionLabel', 'asra2018'],
  risks: [
    'Dissociation, changes in how things look or sound, dizziness and sleepiness during and shortly after the dose',
    'Headache, anxiety, nausea and vomiting',
    'A rise in blood pressure, which is why it is checked before you leave',
    SLOWED_BREATHING,
    'Unsafe to drive or operate machinery until the next day',
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Knowing what a session feels like makes it less strange. This page tells what people often feel with ketamine or esketamine given in a clinic. It is based on the drug labels and research. It also says which signs afterwards mean you should get help at once. How a clinic runs its visits, and who is in the room, is something to ask that clinic.',
    ),
    h2('Before the session'),
    p(
      'Feeling sick is common. So the [label for esketamine](cite:spravatoLabel) says not to eat for at least two hours before a dose, and not to drink for 30 minutes before. Bring a list of your medicines. Plan for someone to take you home.',
    ),
    h2('What you may feel'),
    p(
      'A [review of side effects in depression studies](cite:short2018) found these most often: headache, dizziness, feeling detached, a rise in blood pressure, blurred vision, and anxiety. Most effects start during the dose. The [label for ketamine](cite:ketamineInjectionLabel) says its dream-like effects last no more than a few hours. People describe:',
    ),
    bullets(
      'feeling cut off from their body or the world around them, or as if things are unreal',
      'changes in how sounds, colors or time seem',
      'dizziness, heaviness or sleepiness',
      'feeling sick, and sometimes throwing up',
      'worry, or a dreamy, floating feeling',
    ),
    p(
      'Blood pressure often goes up during treatment ([label for ketamine](cite:ketamineInjectionLabel)). Guidelines advise [checking heart rate, blood pressure and oxygen](cite:asra2018). With esketamine, staff watch you for at least two hours, and a clinician decides when you can leave.',
    ),
    h2('The rest of the day'),
    p(
      "Plan a quiet day. The [label](cite:spravatoLabel) says not to drive or use machines until the next day, after a good night's sleep. Avoid alcohol and other drugs that make you sleepy. They deepen sleepiness and can slow your breathing.",
    ),
    h2('When to get urgent help'),
    p(
      'Call 911 or go to the nearest emergency room if, after a session, you have [any of these signs](cite:spravatoLabel):',
    ),
    bullets(
      'chest pain or shortness of breath',
      'a sudden bad headache, a change in how you see, a seizure, or weakness or numbness on one side',
      'confusion or sleepiness that is getting worse, not better',
      'slow, shallow or hard breathing',
    ),
    p(
      'The [label for esketamine](cite:spravatoLabel) names these as signs of a dangerous rise in blood pressure or other serious effects that need emergency care. Blood in your urine, or pain when you pass urine, is not usually an emergency. But tell your clinician soon. The [label for ketamine](cite:ketamineInjectionLabel) reports bladder problems with long-term use.',
    ),
    p(
      'Frequent use can also lead to misuse. The safety of repeated or long-term use is not known ([review of side effects](cite:short2018)).',
    ),
    callout(
      'crisis',
      'If your mood drops sharply after a session or you have thoughts of ending your life, call or text 988 for the Suicide & Crisis Lifeline, any time. If you are in immediate danger, call 911.',
    ),
    cta(
      'call',
      'Questions about what to expect?',
      'Call the clinic before your first session and ask how a visit works there.',
    ),
  ],
};
