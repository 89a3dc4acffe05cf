// @clinic/content/review: what counts as clinical content, its fingerprint, and the review status derived from
// recorded approvals. Shared by the Studio (approve, publish gate), the site (review line, JSON-LD) and
// check:content.
export {
  CLINICAL_FIELDS,
  clinicalContent,
  type ClinicalBlock,
  type ClinicalContent,
  type ClinicalField,
  type ClinicalReference,
  type ClinicalRun,
} from './clinical-content.ts';
export { clinicalFingerprint, FINGERPRINT_PATTERN, type ClinicalFingerprint } from './fingerprint.ts';
export {
  MEDICAL_APPROVAL_TYPE,
  reviewStatus,
  type ApprovalRecord,
  type ReviewPerson,
  type ReviewState,
  type ReviewStatus,
} from './status.ts';
