import { bullets, callout, cta, h2, p } from '../portableText.ts';
import type { ArticleSeed } from '../types.ts';

export const dependence: ArticleSeed = {
  slug: 'is-ketamine-addictive-dependence-and-bladder-health',
  title: 'Is ketamine addictive? Dependence, misuse and bladder health',
  excerpt:
    'Ketamine is a controlled substance because it can be misused and lead to dependence. What that means for medical treatment, and why bladder health matters.',
  keyPoints: [
    'Ketamine is a controlled substance because it can be misused and lead to dependence.',
    'Frequent use can cause tolerance, craving and withdrawal symptoms.',
    'Heavy, frequent use can damage the bladder; report urinary symptoms at once.',
    'Supervised doses, planned sessions and screening for substance use lower the risk.',
  ],
  topic: 'safety',
  conditions: ['Treatment safety', 'Substance use'],
  heroImage: {
    file: 'dependence.png',
    alt: 'Abstract illustration of a padlock shape drawn in muted purple over a grid',
  },
  publishedAt: '2026-07-21T09:00:00Z',
  lastReviewed: '2026-10-15',
  featured: false,
  showCrisisNotice: false,
  references: ['dea1999', 'ketamineInjectionLabel', 'spravatoLabel', 'anderson2022'],
  risks: [
    'Psychological dependence and craving with frequent use',
    'Tolerance, meaning higher doses are needed for the same effect',
    'Withdrawal symptoms such as low mood, anxiety and poor sleep after stopping frequent use',
    'Ketamine-related cystitis: pain, urgency and blood in the urine, with possible lasting bladder damage',
  ],
  body: [
    p(
      'Ketamine is used recreationally as well as medically, and many people reasonably ask whether treatment could lead to addiction. The short answer is that the risk is real. Guidance manages it by giving ketamine under supervision, at measured doses, with limits on how often.',
    ),
    h2('Why ketamine is a controlled substance'),
    p(
      'In 1999 the US Drug Enforcement Administration [placed ketamine in Schedule III](cite:dea1999) of the Controlled Substances Act because of its potential for abuse. Schedule III medicines have accepted medical uses, but their misuse may lead to moderate or low physical dependence or high psychological dependence.',
    ),
    p(
      'The [ketamine injection label](cite:ketamineInjectionLabel) (section 9.3) describes dependence and tolerance with frequent use, and withdrawal symptoms when frequent use stops. Esketamine nasal spray carries a [boxed warning about abuse and misuse](cite:spravatoLabel) and is only available through a restricted safety programme: it is taken in a certified healthcare setting and never taken home.',
    ),
    h2('How the risk is reduced'),
    bullets(
      'Doses are given and observed in a healthcare setting rather than taken at home.',
      'Current and past substance use is asked about before treatment. Active misuse usually rules ketamine out.',
      'The number and spacing of sessions are planned in advance and reviewed regularly.',
      'The esketamine label asks clinicians to watch for signs of abuse and misuse, such as seeking extra doses.',
    ),
    callout(
      'warning',
      'Do not buy ketamine online or take compounded ketamine at home without medical supervision. Doses are uncertain and nobody is there if something goes wrong.',
    ),
    h2('Ketamine and the bladder'),
    p(
      'Heavy, frequent ketamine use, most often recreational, can inflame and scar the bladder. This is known as [ketamine cystitis](cite:anderson2022). Symptoms include needing to pass urine often and urgently, pain, and blood in the urine. Stopping ketamine early gives the best chance of recovery; severe cases can cause lasting damage.',
    ),
    p(
      'The doses used in supervised treatment are usually lower and less frequent than in heavy recreational use, but the injection label also reports bladder symptoms with long-term use, so report any straight away.',
    ),
    h2('If you are worried about your own use'),
    p(
      'If you have used ketamine outside medical care and find it hard to stop, you are not alone, and help is available. Speak to your doctor, or contact the SAMHSA National Helpline on 1-800-662-4357 for free, confidential support.',
    ),
    cta(
      'call',
      'Have questions about the risks?',
      'Call the clinic to talk them through before deciding on treatment.',
    ),
  ],
};
