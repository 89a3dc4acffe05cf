// What may be said of a published article's medical review, derived from the approvals recorded for it (documents
// of type `medicalApproval`) and never from a field an editor types. The rule:
// - "reviewed" by X on D: an approval by a real person (not a sample placeholder) has the article's clinical
//   fingerprint, or a "no clinical change" statement has it and names (through `approvedFingerprint`, possibly over
//   several statements) content such an approval has. X and D are that approval's person and time; the newest wins.
// - "changedSinceReview" on D: a real approval exists, but not of this content. D is the newest real approval.
// - "notReviewed": no approval by a real person at all.

/** The document type of approval records. */
export const MEDICAL_APPROVAL_TYPE = 'medicalApproval';

/** An approval record as the site and the Studio read it (a `medicalApproval` document, person reference kept). */
export type ApprovalRecord = {
  kind: 'approval' | 'nonClinicalChange' | (string & {});
  /** The person's id (the reference's `_ref`), or the reference itself. */
  person: string | { _ref: string } | null | undefined;
  /** ISO date-time of the approval or statement. */
  at: string;
  clinicalFingerprint: string;
  /** nonClinicalChange only: the fingerprint of the approved content it says this equals clinically. */
  approvedFingerprint?: string | null;
};

/** A person as far as the rule needs one. */
export type ReviewPerson = {
  _id: string;
  name: string;
  credentials?: string | null;
  isSamplePlaceholder?: boolean | null;
};

export type ReviewStatus =
  | { state: 'reviewed'; reviewer: { name: string; credentials: string | null }; approvedAt: string }
  | { state: 'changedSinceReview'; approvedAt: string }
  | { state: 'notReviewed' };

export type ReviewState = ReviewStatus['state'];

const personId = (person: ApprovalRecord['person']): string | null =>
  typeof person === 'string' ? person : (person?._ref ?? null);

const newestFirst = (a: { at: string }, b: { at: string }) => Date.parse(b.at) - Date.parse(a.at);

/**
 * The review status of content with `fingerprint`, given every approval record of that document (`approvals`,
 * any order) and the people they name (`people`: an array or a map by id; a person not found, or a sample
 * placeholder, is no real reviewer). `approvedAt` is the approval's `at`, unchanged (ISO date-time).
 */
export function reviewStatus({
  fingerprint,
  approvals,
  people,
}: {
  fingerprint: string;
  approvals: readonly ApprovalRecord[];
  people: readonly ReviewPerson[] | ReadonlyMap<string, ReviewPerson>;
}): ReviewStatus {
  const byId =
    people instanceof Map
      ? (people as ReadonlyMap<string, ReviewPerson>)
      : new Map((people as readonly ReviewPerson[]).map((person) => [person._id, person]));
  const realReviewer = (record: ApprovalRecord): ReviewPerson | null => {
    const id = personId(record.person);
    const person = id === null ? undefined : byId.get(id);
    return person && person.isSamplePlaceholder !== true && person.name.trim() !== '' ? person : null;
  };
  const realApprovals = approvals
    .filter(
      (record) => record.kind === 'approval' && realReviewer(record) && !Number.isNaN(Date.parse(record.at)),
    )
    .toSorted(newestFirst);
  if (realApprovals.length === 0) return { state: 'notReviewed' };

  // The fingerprints this content stands for: its own, and through "no clinical change" statements, the approved
  // content each says it equals clinically. Followed until nothing new is found, so a cycle ends.
  const equivalent = new Set([fingerprint]);
  for (let grown = true; grown;) {
    grown = false;
    for (const record of approvals) {
      if (record.kind !== 'nonClinicalChange' || !record.approvedFingerprint) continue;
      if (equivalent.has(record.clinicalFingerprint) && !equivalent.has(record.approvedFingerprint)) {
        equivalent.add(record.approvedFingerprint);
        grown = true;
      }
    }
  }
  const matching = realApprovals.find((record) => equivalent.has(record.clinicalFingerprint));
  if (matching) {
    const reviewer = realReviewer(matching)!;
    return {
      state: 'reviewed',
      reviewer: { name: reviewer.name, credentials: reviewer.credentials?.trim() || null },
      approvedAt: matching.at,
    };
  }
  return { state: 'changedSinceReview', approvedAt: realApprovals[0]!.at };
}
