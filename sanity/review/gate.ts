// What the Studio allows for an article after a medical review, decided from data only: the article version's
// clinical fingerprint, the `medicalApproval` records of that article, the people who made them and, for a
// translation, the English source. The site says "Medically reviewed" by the same rule (`reviewStatus` from
// @clinic/content/review), so the Studio lets through exactly what the site would call reviewed, and blocks
// publishing a version that the site would call "updated after its medical review".
import {
  reviewStatus,
  type ApprovalRecord as StatusApproval,
  type ReviewPerson as StatusPerson,
} from '@clinic/content/review';

/** A `medicalApproval` document as stored (see docs/content-model.md). */
export interface ApprovalRecord extends StatusApproval {
  _id: string;
  kind: 'approval' | 'nonClinicalChange';
  document?: { _ref: string };
  documentType?: string;
  language?: string;
  person: { _ref: string } | undefined;
  userId: string;
  userName: string;
  revision: string;
  reason?: string;
  sourceFingerprint?: string;
}

/** The `person` fields the Studio reads: the rule's, and the Studio user the person signs in as. */
export interface ReviewPerson extends StatusPerson {
  studioUserId?: string | null;
}

export type PublishGate =
  /** The version's clinical content is what a real reviewer approved (directly or through a statement). */
  | { state: 'reviewed'; allowed: true; approval: ApprovalRecord; reviewerName: string; approvedAt: string }
  /** A real approval exists, but not of this clinical content: publishing waits for a new approval or statement. */
  | { state: 'changedSinceReview'; allowed: false; lastApproval: ApprovalRecord }
  /** No real reviewer approved any version: the site says so, and publishing is not held back. */
  | { state: 'notReviewed'; allowed: true };

const newestFirst = (a: ApprovalRecord, b: ApprovalRecord) => b.at.localeCompare(a.at);

/** Approvals (kind `approval`) by people who are not sample placeholders, newest first. */
export function realApprovals(approvals: readonly ApprovalRecord[], people: readonly ReviewPerson[]) {
  const real = new Set(
    people
      .filter((person) => !person.isSamplePlaceholder && person.name.trim() !== '')
      .map((person) => person._id),
  );
  return approvals
    .filter((record) => record.kind === 'approval' && record.person?._ref && real.has(record.person._ref))
    .sort(newestFirst);
}

/**
 * The publish gate for one version of an article: `fingerprint` is `clinicalFingerprint(version)`, `approvals`
 * the records of that article (its own language only: a translation is gated by its own approvals), `people`
 * every person they name. Pure; the result names the approval that decides it.
 */
export function publishGate(input: {
  fingerprint: string;
  approvals: readonly ApprovalRecord[];
  people: readonly ReviewPerson[];
}): PublishGate {
  const status = reviewStatus({
    fingerprint: input.fingerprint,
    approvals: input.approvals,
    people: input.people,
  });
  const real = realApprovals(input.approvals, input.people);
  if (status.state === 'reviewed') {
    const approval = real.find((record) => record.at === status.approvedAt) ?? (real[0] as ApprovalRecord);
    return {
      state: 'reviewed',
      allowed: true,
      approval,
      reviewerName: status.reviewer.name,
      approvedAt: status.approvedAt,
    };
  }
  if (status.state === 'changedSinceReview' && real[0]) {
    return { state: 'changedSinceReview', allowed: false, lastApproval: real[0] };
  }
  return { state: 'notReviewed', allowed: true };
}

/**
 * Whether a translation's source changed after the translation was approved: the newest approval of the
 * translation recorded the English source's fingerprint, and the source's fingerprint now differs. No approval
 * (or none that recorded a source) means there is nothing to compare, so nothing is flagged.
 */
export function sourceChangedSinceTranslation(input: {
  translationApprovals: readonly ApprovalRecord[];
  sourceFingerprint: string | null;
}): { changed: boolean; approval?: ApprovalRecord } {
  const approval = input.translationApprovals
    .filter((record) => record.kind === 'approval' && record.sourceFingerprint)
    .sort(newestFirst)[0];
  if (!approval || !input.sourceFingerprint) return { changed: false };
  return { changed: approval.sourceFingerprint !== input.sourceFingerprint, approval };
}

/** Who may approve: the person linked to the signed-in Studio user, or why nobody is. */
export function approverFor(
  userId: string | undefined,
  people: readonly ReviewPerson[],
): { person: ReviewPerson } | { reason: string } {
  if (!userId) return { reason: 'Sign in to approve.' };
  const linked = people.filter((person) => person.studioUserId === userId);
  if (linked.length === 0)
    return {
      reason:
        'Only a medical reviewer can approve: your Studio login is not linked to a person. An administrator links it in the person\'s "Studio user ID" field.',
    };
  if (linked.length > 1)
    return { reason: `Your Studio login is linked to ${linked.length} people; link it to one person only.` };
  const [person] = linked as [ReviewPerson];
  if (person.isSamplePlaceholder)
    return { reason: `${person.name ?? 'This person'} is a sample placeholder and cannot approve.` };
  if (!person.credentials?.trim())
    return { reason: `${person.name ?? 'This person'} has no credentials; add them before approving.` };
  return { person };
}
