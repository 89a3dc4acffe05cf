// The `medicalApproval` documents the Studio's review actions write: an approval by the medical reviewer, or an
// editor's statement that a change is not clinical. Ids have no dots (dotted ids are private paths on hosted
// Sanity); references to the article and person are weak, so the record outlives both.
import type { ApprovalRecord } from './gate.ts';

export const APPROVAL_TYPE = 'medicalApproval';

/** The article version being approved or stated about. */
export interface ApprovedVersion {
  /** Published id of the article (no `drafts.` prefix). */
  documentId: string;
  documentType: string;
  language: string;
  /** `_rev` of the version (the draft when there is one, else the published document). */
  revision: string;
  clinicalFingerprint: string;
}

/** The signed-in Studio user and, when linked, their person. */
export interface Signer {
  userId: string;
  userName: string;
  personId?: string;
}

type NewRecord = ApprovalRecord & { _type: typeof APPROVAL_TYPE };

const weakReference = (id: string) => ({ _type: 'reference', _ref: id, _weak: true });

function base(version: ApprovedVersion, signer: Signer, at: Date) {
  return {
    _id: `approval-${crypto.randomUUID()}`,
    _type: APPROVAL_TYPE,
    document: weakReference(version.documentId),
    documentType: version.documentType,
    language: version.language,
    person: signer.personId ? weakReference(signer.personId) : undefined,
    userId: signer.userId,
    userName: signer.userName,
    at: at.toISOString(),
    revision: version.revision,
    clinicalFingerprint: version.clinicalFingerprint,
  } as const;
}

/** An approval of `version` by the reviewer `signer` (a person is required); `sourceFingerprint` for translations. */
export function approvalRecord(
  version: ApprovedVersion,
  signer: Signer & { personId: string },
  options: { at?: Date; sourceFingerprint?: string | null } = {},
): NewRecord {
  return {
    ...base(version, signer, options.at ?? new Date()),
    kind: 'approval',
    ...(options.sourceFingerprint ? { sourceFingerprint: options.sourceFingerprint } : {}),
  };
}

/**
 * An editor's "No clinical change" statement: `version` says the same clinically as the approved content whose
 * fingerprint is `approvedFingerprint`. Throws when the reason is blank: the statement is only worth its reason.
 */
export function nonClinicalChangeRecord(
  version: ApprovedVersion,
  signer: Signer,
  approvedFingerprint: string,
  reason: string,
  at: Date = new Date(),
): NewRecord {
  const trimmed = reason.trim();
  if (trimmed === '') throw new Error('A "No clinical change" statement needs a reason');
  return { ...base(version, signer, at), kind: 'nonClinicalChange', approvedFingerprint, reason: trimmed };
}
