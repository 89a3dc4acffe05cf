import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
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
  references: ['asra2018', 'cochranePain2025', 'orhurhu2019'],
  risks: [
    'Dissociation, dizziness, confusion or vivid dreams during and shortly after an infusion',
    'A temporary rise in blood pressure and heart rate',
    'Nausea and sedation',
    'More side effects than placebo: in the 2025 Cochrane review, people given intravenous ketamine were about three times as likely to report an adverse event',
    WHO_SHOULD_NOT_HAVE_KETAMINE,
  ],
  seo: {
    title: 'Ketamine for chronic pain: the evidence',
    description:
      'What research and guidelines say about ketamine infusions for chronic pain, who may benefit and the risks.',
  },
  body: [
    p(
      'Ketamine has been used as an anesthetic for decades. At lower doses, given slowly through a vein, it is also used for some kinds of long-lasting pain. Enthusiastic claims about it are easy to find online. This page sets out what the research actually shows, so you can weigh it up with your own doctors.',
    ),
    h2('What the guidelines say'),
    p(
      'In 2018, three US specialist societies reviewed the research and published joint guidelines on ketamine infusions for chronic pain. They found [moderate evidence for complex regional pain syndrome (CRPS)](cite:asra2018), with relief lasting up to about 12 weeks, but that grade rests on a few small trials of particular infusion regimens and does not carry over to every dose or schedule. For pain after spinal cord injury the evidence was weak, and for most other kinds of chronic pain it was weak or missing.',
    ),
    p(
      'A [meta-analysis of seven small randomized trials](cite:orhurhu2019) found a small reduction in pain up to about two weeks after an infusion, and most of those trials were at high risk of bias. The most recent and largest summary, a [2025 Cochrane review](cite:cochranePain2025), found no clear reduction in pain from intravenous ketamine compared with placebo, with very low certainty in that evidence, and more side effects.',
    ),
    h2('Where it has not helped'),
    p(
      'Not every pain condition responds. For fibromyalgia and other widespread pain, the [Cochrane review](cite:cochranePain2025) found no clear benefit, and claims that ketamine treats arthritis are not supported by good-quality studies.',
    ),
    h2('Who might consider it'),
    p(
      'Ketamine is usually discussed only after other treatments have been tried. People who may be assessed for it include adults who:',
    ),
    bullets(
      'have CRPS or nerve pain that has not responded to standard care',
      'are under the care of a pain specialist or primary doctor who knows their history',
      'have no medical reasons that make ketamine unsafe for them (see the risks list on this page)',
      'understand that any relief is often temporary and may need repeat treatment',
    ),
    callout(
      'info',
      'Ketamine is not a cure for chronic pain. When it helps, the benefit is usually partial and can wear off within weeks, so it is best thought of as one part of a wider pain plan.',
    ),
    h2('What a course of treatment involves'),
    p(
      'The guidelines recommend that infusions are given where [blood pressure, heart rate and oxygen level can be watched throughout](cite:asra2018), with a recovery period afterwards, and you will need someone to drive you home. There is no single schedule that research has shown to be best.',
    ),
    h2('Questions to ask before you start'),
    bullets(
      'What is the evidence for my particular condition?',
      'How will we measure whether it is working, and when would we stop?',
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
