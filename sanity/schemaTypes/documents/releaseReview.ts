// A content release publishes its versions itself, without the Studio's publish action and its medical-review gate
// (actions/medicalReview.tsx). So an article version in a release must pass the same gate (review/gate.ts) as
// validation: the releases tool neither publishes nor schedules a release while a document in it has a validation
// error. Drafts are left to the publish action, which offers the reviewer's approval and the editor's "No clinical
// change" statement; a version is approved the same way, in the release.
import { clinicalFingerprint } from '@clinic/content/review';
import { getPublishedId, isVersionId, type CustomValidatorResult, type ValidationContext } from 'sanity';
import { publishGate, type ApprovalRecord, type ReviewPerson } from '../../review/gate.ts';
import { APPROVAL_TYPE } from '../../review/records.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

const RECORDS_QUERY = `{
  "approvals": *[_type == "${APPROVAL_TYPE}" && document._ref == $id],
  "people": *[_type == "person" && !(_id in path("drafts.**"))]{_id, name, credentials, isSamplePlaceholder, studioUserId}
}`;

/**
 * Error message when `document` is a release version (`versions.<release>.<id>`) of an article whose clinical
 * content a real reviewer approved before but not in this version (and no "No clinical change" statement covers
 * it); true otherwise. Reads the article's `medicalApproval` records and the people through the context's client.
 */
export async function checkReleaseVersionReviewed(
  document: { _id?: string } | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  if (!document?._id || !isVersionId(document._id)) return true;
  const { approvals, people } = await context
    .getClient({ apiVersion: SANITY_API_VERSION })
    .fetch<{ approvals: ApprovalRecord[]; people: ReviewPerson[] }>(
      RECORDS_QUERY,
      { id: getPublishedId(document._id) },
      { perspective: 'raw' },
    );
  const gate = publishGate({ fingerprint: clinicalFingerprint(document), approvals, people });
  if (gate.allowed) return true;
  return `Changed since its medical review on ${gate.lastApproval.at.slice(0, 10)}: this release cannot publish it until the reviewer approves this version, or an editor records that the change is not clinical`;
}
