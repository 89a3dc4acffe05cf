import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import type { ArticleSeed } from '../types.ts';

export const suicidalThoughts: ArticleSeed = {
  slug: 'ketamine-and-suicidal-thoughts',
  title: 'Ketamine and suicidal thoughts: fast but short-lived, and never instead of crisis care',
  excerpt:
    'In small trials, a single dose of ketamine reduced suicidal thoughts within about a day for some people, for up to a week. Crisis care always comes first.',
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
  references: ['wilkinson2018', 'spravatoLabel'],
  risks: [
    'Improvement in suicidal thoughts often lasts days, not weeks, without further care',
    'Dissociation, dizziness, sedation and raised blood pressure after a dose',
    'Risk of misuse and dependence with repeated use',
    'Not a substitute for emergency assessment, a safety plan or ongoing treatment',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    callout(
      'crisis',
      'If you are thinking about suicide right now, call or text 988 to reach the Suicide & Crisis Lifeline, any time of day. If you or someone else is in immediate danger, call 911 or go to the nearest emergency department.',
    ),
    p(
      'Suicidal thoughts are a medical emergency when they come with a plan or intent. Most treatments for depression take weeks to help, which is a long time for someone in this situation. That is one reason researchers have studied ketamine, which in some studies acted within a day.',
    ),
    h2('What the research shows'),
    p(
      'A [pooled analysis of individual patient data](cite:wilkinson2018) from ten small trials, 167 people in all, found that a single dose of intravenous ketamine reduced suicidal thoughts more than a comparison treatment. The effect appeared within a day and was measured for up to a week. The trials measured thoughts, not suicide attempts or deaths, so they cannot show that ketamine prevents suicide.',
    ),
    p(
      'Esketamine nasal spray is [approved in the United States](cite:spravatoLabel) to treat depressive symptoms in adults with major depression who have acute suicidal thoughts or actions, alongside an oral antidepressant. Its label states plainly that it has not been shown to prevent suicide or to reduce suicidal thoughts or behaviour, and that using it does not replace hospital care when a clinician judges that necessary, even if symptoms improve.',
    ),
    h2('Where ketamine fits'),
    p(
      'Researchers and the label describe ketamine for this purpose only as part of comprehensive care, which means:',
    ),
    bullets(
      'a full assessment of risk by a qualified clinician first',
      'a written safety plan, and people you can contact when things get worse',
      'continued treatment with a psychiatrist, therapist or primary doctor',
      'close follow-up in the days after each dose, when the effect may wear off',
    ),
    callout(
      'warning',
      'Ketamine treatment is not emergency care. If you are in danger today, please contact 988 or 911 rather than booking an appointment.',
    ),
    h2('Talking to someone you care about'),
    p(
      'If you are worried about a friend or family member, ask them directly whether they are thinking about suicide. Asking does not plant the idea. Stay with them, remove anything they could use to harm themselves if you can do so safely, and help them call or text 988.',
    ),
    cta(
      'call',
      'Questions about treatment for ongoing depression?',
      'Call the clinic to ask about an assessment. For a crisis, call or text 988, or call 911.',
    ),
  ],
};
