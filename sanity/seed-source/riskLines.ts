// Risk lines every article about taking ketamine or esketamine carries, written once so no page leaves one out.
// Sources: the esketamine (Spravato) and ketamine injection labels (serious risks; section 5 of each), Short et
// al. 2018 (the safety of repeated and long-term use has not been studied enough to be known), and the Spravato
// label's advice on which symptoms need emergency care (section 5, increase in blood pressure). What each rests
// on, in the source's own words: docs/evidence/. The Spanish lines are in es/riskLines.ts and must say the same.

/** Slowed breathing, with what makes it more likely. */
export const SLOWED_BREATHING =
  'Slowed breathing, more likely with alcohol, opioids, benzodiazepines or other sedating medicines';

/** Misuse and dependence (Schedule III; boxed warning on esketamine). */
export const MISUSE_AND_DEPENDENCE = 'Misuse and dependence, especially with frequent use';

/** Bladder damage (ketamine cystitis) with frequent or long-term use. */
export const BLADDER_PROBLEMS =
  'Bladder and urinary problems, including bladder damage, with frequent or long-term use';

/** No source establishes the safety of repeated or long-term treatment. */
export const LONG_TERM_SAFETY_UNKNOWN = 'The safety of repeated or long-term use is not known';

/** When to call 911: the emergency signs named by the esketamine label. */
export const WHEN_TO_GET_URGENT_HELP =
  'Call 911 for chest pain, shortness of breath, a sudden severe headache, vision changes, a seizure, worsening confusion or drowsiness, or slow or difficult breathing';
