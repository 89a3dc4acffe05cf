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

export const crps: ArticleSeed = {
  slug: 'ketamine-for-crps-what-to-expect',
  title: 'Ketamine for complex regional pain syndrome (CRPS): what to expect',
  excerpt:
    'CRPS is the pain condition where guidelines rate the evidence for ketamine infusions highest, yet it is still limited. What it means, and what treatment involves.',
  keyPoints: [
    'CRPS is the pain condition where guidelines rate the evidence for ketamine highest.',
    'That evidence is moderate, from a few small trials, with relief for up to about 12 weeks.',
    'Not everyone responds, and relief tends to fade over the weeks after treatment.',
    'Infusions take hours, with heart, blood pressure and oxygen checks throughout.',
  ],
  topic: 'crps',
  conditions: ['CRPS', 'Neuropathic pain'],
  heroImage: {
    file: 'crps.png',
    alt: 'Abstract illustration of a hand outline drawn in warm orange lines on a pale background',
  },
  publishedAt: '2025-06-02T09:00:00Z',
  lastReviewed: '2025-09-30',
  featured: false,
  showCrisisNotice: false,
  references: ['asra2018', 'orhurhu2019', 'cochranePain2025', 'zanos2018', 'spravatoLabel', 'short2018'],
  risks: [
    'Dissociation, blurred vision, dizziness or unusual dreams during the infusion',
    'A short rise in blood pressure and heart rate',
    'Nausea, headache, anxiety and tiredness on the day of treatment',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Complex regional pain syndrome, or CRPS, is a long-lasting pain that most often follows an injury to an arm or leg. The pain is far worse than the injury would explain. It can come with swelling, changes in skin color and warmth, and stiffness. It is hard to treat, and people often try many options.',
    ),
    h2('Why ketamine is used for CRPS'),
    p(
      'Ketamine blocks a target in the nervous system called the [NMDA receptor](cite:zanos2018). This receptor plays a part in how pain signals can grow stronger over time. The idea is that calming it may turn down pain that keeps itself going. This explains why it might help. It does not prove that it does; for that we rely on trials.',
    ),
    h2('What the evidence shows'),
    p(
      'Shared guidelines from three US expert groups found [moderate evidence that ketamine drips can ease CRPS pain](cite:asra2018) for up to about 12 weeks. That grade applies to the drip plans tested in a few small trials, not to every dose or schedule. Results varied from person to person. Pooled trial data suggest [any relief tends to fade](cite:orhurhu2019) over the weeks after treatment. A [2025 Cochrane review](cite:cochranePain2025) of long-term pain in general found no clear drop in pain from ketamine into a vein, with very low certainty in the evidence.',
    ),
    callout(
      'info',
      'Not everyone with CRPS responds. Agree beforehand with your clinician how you will judge whether it is helping, and when you would stop.',
    ),
    h2('What a course looks like'),
    numbered(
      'An assessment: your history, your medicines, your blood pressure and any condition that would make ketamine unsafe.',
      'A plan agreed with you, including how pain and daily life will be measured before and after each session.',
      'Drips given slowly into a vein over several hours, with [checks of heart rate, blood pressure and oxygen](cite:asra2018) the whole time.',
      'Rest in the clinic until you are steady and clear-headed; someone else drives you home.',
      'A review to decide whether to go on, pause or stop.',
    ),
    h2('Side effects and risks'),
    p(
      'Ketamine can make you feel cut off from yourself, dizzy, sleepy, sick or worried, and can raise blood pressure. Less often it slows breathing. It can be misused ([label for esketamine](cite:spravatoLabel)). Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a drip.',
    ),
    h2('Living with CRPS alongside treatment'),
    p('Ketamine is one tool, not the whole plan. It is usually combined with:'),
    bullets(
      'physical and occupational therapy to keep the affected limb moving',
      'support for sleep, mood and stress, which all affect pain',
      'a review of other medicines with your own doctor',
    ),
    p(
      'Because the effect often wears off, some people are offered repeat treatment. There is little research on the best schedule, or on the safety of many drips over years ([guidelines](cite:asra2018)). So any plan should be reviewed often.',
    ),
    cta(
      'book',
      'Have CRPS and want to know if ketamine is an option?',
      'Book a consultation to go through your history and what treatment would involve.',
    ),
  ],
};
