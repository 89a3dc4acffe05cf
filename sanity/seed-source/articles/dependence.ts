import { bullets, callout, cta, h2, p } from '../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE } from '../contraindications.ts';
import { LONG_TERM_SAFETY_UNKNOWN, SLOWED_BREATHING, WHEN_TO_GET_URGENT_HELP } from '../riskLines.ts';
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
  references: ['dea1999', 'ketamineInjectionLabel', 'spravatoLabel', 'anderson2022', 'short2018'],
  risks: [
    'Psychological dependence and craving with frequent use',
    'Tolerance, meaning higher doses are needed for the same effect',
    'Withdrawal symptoms such as low mood, anxiety and poor sleep after stopping frequent use',
    'Ketamine-related cystitis: pain, urgency and blood in the urine, with possible lasting bladder damage',
    'Dissociation, dizziness, sleepiness and raised blood pressure after each dose',
    SLOWED_BREATHING,
    LONG_TERM_SAFETY_UNKNOWN,
    WHO_SHOULD_NOT_HAVE_KETAMINE,
    WHEN_TO_GET_URGENT_HELP,
  ],
  body: [
    p(
      'Ketamine is a street drug as well as a medicine. So many people ask whether treatment could lead to addiction. The short answer is that the [risk is real](cite:ketamineInjectionLabel). Care teams manage it by giving ketamine under supervision, at set doses, with limits on how often.',
    ),
    h2('Why ketamine is a controlled substance'),
    p(
      'In 1999 the US Drug Enforcement Administration (DEA) [put ketamine in Schedule III](cite:dea1999) of the drug control law, because it can be abused. Drugs in Schedule III have accepted medical uses. But misuse may lead to some physical dependence, or strong mental dependence.',
    ),
    p(
      'The [label for ketamine](cite:ketamineInjectionLabel) (section 9.3) describes dependence and tolerance with frequent use, and withdrawal symptoms when frequent use stops. Esketamine nose spray has a [boxed warning about abuse and misuse](cite:spravatoLabel). It is only available through a strict safety program: it is taken in an approved clinic and never taken home.',
    ),
    h2('How the risk is reduced'),
    p(
      'Steps like these lower the risk. The [label for esketamine](cite:spravatoLabel) asks for doses given in a clinic and for clinicians to watch for misuse:',
    ),
    bullets(
      'Doses are given and watched in a clinic rather than taken at home.',
      'Current and past drug use is asked about before treatment. Active misuse usually rules ketamine out.',
      'The number and spacing of sessions are planned in advance and reviewed often.',
      'Clinicians watch for signs of abuse and misuse, such as seeking extra doses.',
    ),
    callout(
      'warning',
      'Do not buy ketamine online or take compounded ketamine at home without medical supervision. Doses are uncertain and nobody is there if something goes wrong.',
    ),
    h2('Ketamine and the bladder'),
    p(
      'Heavy, frequent ketamine use, most often as a street drug, can inflame and scar the bladder. This is called [ketamine cystitis](cite:anderson2022). Signs include needing to pass urine often and in a hurry, pain, and blood in the urine. Stopping ketamine early gives the best chance to recover. Severe cases can cause lasting damage.',
    ),
    p(
      'Doses in supervised treatment are usually lower and less frequent than in heavy street use. But the [label for ketamine](cite:ketamineInjectionLabel) also reports bladder symptoms with long-term use, so report any straight away.',
    ),
    h2('Other risks of each dose'),
    p(
      'Each dose can make you feel cut off from yourself, dizzy or sleepy, and can raise blood pressure. Less often it slows breathing ([label for esketamine](cite:spravatoLabel)). The safety of repeated or long-term use is not known ([review of side effects](cite:short2018)). Call 911 for chest pain, trouble breathing, a sudden bad headache or a seizure after a dose.',
    ),
    h2('If you are worried about your own use'),
    p(
      'If you have used ketamine outside medical care and find it hard to stop, you are not alone, and help is there for you. Speak to your doctor, or call the SAMHSA National Helpline on 1-800-662-4357 for free, private support.',
    ),
    cta(
      'call',
      'Have questions about the risks?',
      'Call the clinic to talk them through before deciding on treatment.',
    ),
  ],
};
