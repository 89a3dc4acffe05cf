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

export const chronicPain: ArticleSeed = {
  slug: 'ketamine-for-chronic-pain-what-the-evidence-says',
  title: 'Ketamine for chronic pain: what the evidence says',
  excerpt:
    'Ketamine infusions may help some people with certain pain conditions for a while, but the evidence is mixed and weak overall. Here is an honest summary.',
  keyPoints: [
    'Guidelines find moderate evidence for ketamine only in CRPS, with relief for up to about 12 weeks.',
    'For most other kinds of chronic pain, the evidence is weak or missing.',
    'The largest review found no clear pain relief from IV ketamine, and more side effects.',
    'When ketamine helps, the relief is usually partial and can wear off within weeks.',
  ],
  topic: 'chronic-pain',
  conditions: ['Chronic pain', 'Neuropathic pain', 'CRPS'],
  heroImage: {
    file: 'chronic-pain.png',
    alt: 'Abstract illustration of overlapping soft waves in teal and sand tones',
  },
  publishedAt: '2026-09-01T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: true,
  showCrisisNotice: false,
  references: ['asra2018', 'cochranePain2025', 'orhurhu2019', 'spravatoLabel', 'short2018'],
  risks: [
    'Dissociation, dizziness, confusion or vivid dreams during and shortly after an infusion',
    'A short rise in blood pressure and heart rate',
    'Nausea, headache, anxiety and sleepiness',
    'More side effects than placebo: in the 2025 Cochrane review, people given intravenous ketamine were about three times as likely to report an adverse event',
    SLOWED_BREATHING,
    MISUSE_AND_DEPENDENCE,
    BLADDER_PROBLEMS,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  seo: {
    title: 'Ketamine for chronic pain: the evidence',
    description:
      'What research and guidelines say about ketamine infusions for chronic pain, who may benefit and the risks.',
  },
  body: [
    p(
      'Ketamine has been used to put people to sleep for surgery for decades. At lower doses, given slowly into a vein, it is also used for some kinds of long-lasting pain. Bold claims about it are easy to find online. This page sets out what the research really shows, so you can weigh it up with your own doctors.',
    ),
    h2('What the guidelines say'),
    p(
      'In 2018, three US expert groups reviewed the research and wrote shared guidelines on ketamine drips for long-term pain. They found [moderate evidence for complex regional pain syndrome (CRPS)](cite:asra2018), with relief for up to about 12 weeks. But that grade rests on a few small trials of certain drip plans. It does not carry over to every dose or schedule. For pain after a spinal cord injury the evidence was weak. For most other kinds of long-term pain it was weak or missing.',
    ),
    p(
      'A [review of seven small trials](cite:orhurhu2019) found a small drop in pain up to about two weeks after a drip. Most of those trials were at high risk of bias. The newest and largest summary, a [2025 Cochrane review](cite:cochranePain2025), found no clear drop in pain from ketamine into a vein compared with a dummy drug (placebo). The certainty of that evidence was very low, and there were more side effects.',
    ),
    h2('Where it has not helped'),
    p(
      'Not every pain condition responds. For fibromyalgia and other widespread pain, the [Cochrane review](cite:cochranePain2025) found no clear benefit. Claims that ketamine treats arthritis are not backed by good studies.',
    ),
    h2('Who might consider it'),
    p(
      'Ketamine is usually discussed only after other treatments have been tried ([guidelines](cite:asra2018)). People who may be assessed for it include adults who:',
    ),
    bullets(
      'have CRPS or nerve pain that has not responded to standard care',
      'are under the care of a pain expert or family doctor who knows their history',
      'have no medical reason that makes ketamine unsafe for them (see the risks list on this page)',
      'understand that any relief is often short-lived and may need repeat treatment',
    ),
    callout(
      'info',
      'Ketamine is not a cure for chronic pain. When it helps, the benefit is usually partial and can wear off within weeks, so it is best thought of as one part of a wider pain plan.',
    ),
    h2('What a course of treatment involves'),
    p(
      'The guidelines advise giving drips where [blood pressure, heart rate and oxygen can be watched the whole time](cite:asra2018), with rest afterwards. You will need someone to drive you home. No single schedule has been shown to be best.',
    ),
    h2('Side effects and risks'),
    p(
      'Ketamine can make you feel cut off from yourself, dizzy, sleepy, sick or worried, and can raise blood pressure. Less often it slows breathing. It can be misused ([label for esketamine](cite:spravatoLabel)). Frequent use can harm the bladder, and the safety of long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a drip.',
    ),
    h2('Questions to ask before you start'),
    bullets(
      'What is the evidence for my own condition?',
      'How will we tell whether it is working, and when would we stop?',
      'Which side effects should I expect, and what happens if I feel unwell during a session?',
      'How does this fit with my other pain treatments and medicines?',
    ),
    cta(
      'call',
      'Wondering whether ketamine fits your pain plan?',
      'Call us to talk through your history and the evidence for your condition.',
    ),
  ],
};
