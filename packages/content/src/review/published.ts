// The review of a published document as the site reads it: the GROQ projection of its approval records, their
// schema, and the status derived from them and the document's own clinical fingerprint. The fingerprint is taken
// from the query's raw result before any validation, so the site hashes exactly what the Studio and check:content
// hash (the article query keeps every clinical field as stored; see clinical-content.ts).
import { z } from 'zod';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDateTime, optionalBoolean, optionalText, requiredText } from '../validation/fields.ts';
import { clinicalFingerprint } from './fingerprint.ts';
import {
  MEDICAL_APPROVAL_TYPE,
  reviewStatus,
  type ApprovalRecord,
  type ReviewPerson,
  type ReviewStatus,
} from './status.ts';

/** The approval records (kind "approval") of the document in scope `^`, as a GROQ filter. */
export const approvalsOfDocument = /* groq */ `_type == "${MEDICAL_APPROVAL_TYPE}" && document._ref == ^._id`;

/** Every approval record of the document in scope, each with its person followed. */
export const approvalsField = /* groq */ `"approvals": *[${approvalsOfDocument}]{
  kind,
  at,
  clinicalFingerprint,
  approvedFingerprint,
  "person": person->{_id, name, credentials, isSamplePlaceholder}
}`;

const approvalPersonSchema = z.object({
  _id: requiredText,
  name: requiredText,
  credentials: optionalText(),
  isSamplePlaceholder: optionalBoolean(),
});

// A record that cannot be read is left out (and reported): it can only ever take a "reviewed" away, never add one.
const approvalSchema = z.object({
  kind: z.enum(['approval', 'nonClinicalChange']),
  at: isoDateTime,
  clinicalFingerprint: requiredText,
  approvedFingerprint: droppable(
    z
      .string()
      .nullish()
      .transform((value) => value ?? null),
    null,
  ),
  person: droppable(approvalPersonSchema.nullable(), null),
});

/** Zod field for `approvalsField`. */
export const approvalsSchema = lenientArray(approvalSchema);
export type PublishedApproval = z.output<typeof approvalSchema>;

/** Adds `clinicalFingerprint` of the raw query result to it, for a schema that reads it (`z.preprocess`). */
export function withClinicalFingerprint(raw: unknown): unknown {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
    ? { ...raw, clinicalFingerprint: clinicalFingerprint(raw) }
    : raw;
}

/** The review status of a published document of `fingerprint` from its validated approval records. */
export function publishedReviewStatus(fingerprint: string, approvals: PublishedApproval[]): ReviewStatus {
  const people: ReviewPerson[] = approvals.flatMap((approval) => (approval.person ? [approval.person] : []));
  const records: ApprovalRecord[] = approvals.map((approval) => ({
    kind: approval.kind,
    person: approval.person?._id ?? null,
    at: approval.at,
    clinicalFingerprint: approval.clinicalFingerprint,
    approvedFingerprint: approval.approvedFingerprint,
  }));
  return reviewStatus({ fingerprint, approvals: records, people });
}
