import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
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
  lastReviewed: '2026-11-16',
  featured: false,
  showCrisisNotice: true,
  references: ['spravatoLabel', 'short2018', 'ketamineInjectionLabel', 'asra2018'],
  risks: [
    'Dissociation, perceptual changes, dizziness and sleepiness during and shortly after the dose',
    'A rise in blood pressure, which is why it is checked before you leave',
    'Nausea and vomiting',
    'Slowed breathing, more likely with other sedating medicines or alcohol',
    'Unsafe to drive or operate machinery until the next day',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Knowing what a session feels like makes it less unsettling. This page describes what people commonly experience with supervised ketamine or esketamine, based on the medicine labels and research, and which signs afterwards mean you should get help straight away. How a particular clinic runs its visits, and who is in the room, is something to ask that clinic.',
    ),
    h2('Before the session'),
    p(
      'Nausea is common, so the [esketamine label](cite:spravatoLabel) advises not eating for at least two hours before a dose and not drinking for 30 minutes before. Bring a list of your medicines, and arrange for someone to take you home.',
    ),
    h2('What you may feel'),
    p(
      'A [review of side effects in depression studies](cite:short2018) found that most effects begin during the dose and settle within about two hours. People describe:',
    ),
    bullets(
      'feeling detached from their body or surroundings, or as if things are unreal',
      'changes in how sounds, colours or time seem',
      'dizziness, heaviness or sleepiness',
      'nausea, and sometimes vomiting',
      'anxiety, or a dreamy, floating feeling',
    ),
    p(
      'Blood pressure usually rises during treatment, and guidelines recommend [monitoring heart rate, blood pressure and oxygen](cite:asra2018). With esketamine you are observed for at least two hours, and a clinician decides when you are ready to leave.',
    ),
    h2('The rest of the day'),
    p(
      'Plan a quiet day. The label advises not driving or operating machinery until the next day, after a restful sleep. Avoid alcohol and other sedating substances, which deepen sedation and can slow breathing.',
    ),
    h2('When to get urgent help'),
    p('Call 911 or go to the nearest emergency department if, after a session, you have:'),
    bullets(
      'chest pain or shortness of breath',
      'a sudden severe headache, changes in vision, a seizure, or weakness or numbness on one side',
      'confusion or drowsiness that is getting worse rather than better',
      'slow, shallow or difficult breathing',
    ),
    p(
      'The esketamine label names these as signs of a dangerous rise in blood pressure or of other serious effects that need emergency care. Blood in the urine or pain when passing urine is not usually an emergency, but tell your clinician promptly; the [ketamine injection label](cite:ketamineInjectionLabel) reports bladder symptoms with repeated use.',
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
