import { bullets, callout, cta, h2, numbered, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
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
  references: ['asra2018', 'orhurhu2019', 'cochranePain2025'],
  risks: [
    'Dissociation, blurred vision, dizziness or unusual dreams during the infusion',
    'A temporary rise in blood pressure and heart rate',
    'Nausea, headache and tiredness on the day of treatment',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  body: [
    p(
      'Complex regional pain syndrome, usually shortened to CRPS, is a long-lasting pain condition that most often follows an injury to an arm or leg. The pain is out of proportion to the original injury and can come with swelling, changes in skin colour and temperature, and stiffness. It is hard to treat, and people often try many options.',
    ),
    h2('Why ketamine is used for CRPS'),
    p(
      'Ketamine blocks a receptor in the nervous system, called the NMDA receptor, that is involved in the way pain signals can become amplified over time. The idea is that dampening this process may turn down pain that has become self-sustaining. This explains why it might help, but it does not prove that it does; for that we rely on clinical studies.',
    ),
    h2('What the evidence shows'),
    p(
      'Joint guidelines from three US specialist societies found [moderate evidence that ketamine infusions can reduce CRPS pain](cite:asra2018) for up to about 12 weeks. That grade applies to the particular infusion regimens tested in a few small trials, not to every dose or schedule, and results varied from person to person. Pooled trial data suggest [any relief tends to fade](cite:orhurhu2019) over the weeks after treatment, and a [2025 Cochrane review](cite:cochranePain2025) of chronic pain in general found no clear reduction in pain from intravenous ketamine, with very low certainty in the evidence.',
    ),
    callout(
      'info',
      'Not everyone with CRPS responds. Agree beforehand with your clinician how you will judge whether it is helping, and when you would stop.',
    ),
    h2('What a course looks like'),
    numbered(
      'An assessment: your history, current medicines, blood pressure and any conditions that would make ketamine unsafe.',
      'A plan agreed with you, including how pain and daily function will be measured before and after each session.',
      'Infusions given slowly through a vein over several hours, with [monitoring of heart rate, blood pressure and oxygen](cite:asra2018) throughout.',
      'A recovery period in the clinic until you are steady and clear-headed; someone else drives you home.',
      'A review to decide whether to continue, pause or stop.',
    ),
    h2('Living with CRPS alongside treatment'),
    p('Ketamine is one tool, not the whole plan. It is usually combined with:'),
    bullets(
      'physical and occupational therapy to keep the affected limb moving',
      'support for sleep, mood and stress, which all affect pain',
      'a review of other medicines with your own doctor',
    ),
    p(
      'Because the effect often wears off, some people are offered repeat treatment. There is little research on the best schedule, or on the safety of many repeated infusions over years, so any plan should be reviewed regularly.',
    ),
    cta(
      'book',
      'Have CRPS and want to know if ketamine is an option?',
      'Book a consultation to go through your history and what treatment would involve.',
    ),
  ],
};
