// Who approved each sample article, and when. build-seed turns each record into a `medicalApproval` document whose
// fingerprint it computes from the article as built, so a sample approval is of the exact sample text, as an
// approval in the Studio is. Every reviewer here is a sample placeholder, so the site says of every sample article
// that no clinician has reviewed it; the records show what a real approval will look like.
//
// `approved: 'earlierText'` marks an approval of a text the sample no longer holds: the article was rewritten after
// it (CRPS, depression, ketamine compared with ECT, cost, a session). The seed records it against that earlier
// content, never the current one, so it can never read as an approval of the text as it is now.

export type ApprovalSeed = {
  /** The person who approved (a `person` document id). */
  by: string;
  /** When, as an ISO date-time. */
  at: string;
  approved: 'asBuilt' | 'earlierText';
};

export const SAMPLE_REVIEWER_ID = 'person-sample-reviewer';
export const SAMPLE_TRANSLATION_REVIEWER_ID = 'person-sample-translation-reviewer';

const approvedOn = (date: string, approved: ApprovalSeed['approved'] = 'asBuilt'): ApprovalSeed => ({
  by: SAMPLE_REVIEWER_ID,
  at: `${date}T16:00:00.000Z`,
  approved,
});

/** The approval of each English sample article, by its slug. */
export const articleApprovals: Record<string, ApprovalSeed> = {
  'alternatives-to-ketamine-and-if-it-does-not-help': approvedOn('2026-11-16'),
  'ketamine-and-anxiety-early-research': approvedOn('2026-10-15'),
  'ketamine-for-chronic-pain-what-the-evidence-says': approvedOn('2026-10-15'),
  'ketamine-treatment-cost-and-insurance': approvedOn('2026-11-16', 'earlierText'),
  'ketamine-for-crps-what-to-expect': approvedOn('2025-09-30', 'earlierText'),
  'is-ketamine-addictive-dependence-and-bladder-health': approvedOn('2026-10-15'),
  'ketamine-and-esketamine-for-treatment-resistant-depression': approvedOn('2026-10-15', 'earlierText'),
  'ketamine-compared-with-ect': approvedOn('2026-10-15', 'earlierText'),
  'why-in-clinic-monitoring-matters': approvedOn('2026-10-15'),
  'ketamine-and-ptsd-what-the-evidence-shows': approvedOn('2026-11-16'),
  'ketamine-side-effects-risks-and-who-should-not-have-it': approvedOn('2026-10-15'),
  'ketamine-and-suicidal-thoughts': approvedOn('2026-10-15'),
  'what-a-ketamine-session-is-like-and-when-to-get-urgent-help': approvedOn('2026-11-16', 'earlierText'),
};

/** Every Spanish sample article was approved by the (placeholder) translation reviewer on the same day. */
export const translationApproval: ApprovalSeed = {
  by: SAMPLE_TRANSLATION_REVIEWER_ID,
  at: '2026-10-20T16:00:00.000Z',
  approved: 'asBuilt',
};
