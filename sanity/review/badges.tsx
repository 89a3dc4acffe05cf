// The review state in an article's pane header, derived like the site's review line: "Medically reviewed",
// "Changed since medical review", "Not reviewed by a clinician", and on a translation "Source changed since
// translation" when the English source's clinical content changed after the translation was approved.
import type {
  DocumentBadgeComponent,
  DocumentBadgeDescription,
  DocumentBadgesContext,
  SanityDocument,
} from 'sanity';
import { REVIEWED_TYPES, useReviewState } from './useReviewState.ts';

const day = (iso: string) => iso.slice(0, 10);

export const MedicalReviewBadge: DocumentBadgeComponent = (props): DocumentBadgeDescription | null => {
  const review = useReviewState(
    props.id,
    props.draft as SanityDocument | null,
    props.published as SanityDocument | null,
  );
  const gate = review.gate;
  if (!gate) return null;
  if (gate.state === 'reviewed')
    return {
      label: 'Medically reviewed',
      title: `Reviewed by ${gate.reviewerName} on ${day(gate.approvedAt)}`,
      color: 'success',
    };
  if (gate.state === 'changedSinceReview')
    return {
      label: 'Changed since medical review',
      title: `The clinical content differs from the version approved on ${day(gate.lastApproval.at)} by ${gate.lastApproval.userName}`,
      color: 'danger',
    };
  return { label: 'Not reviewed by a clinician', title: 'No medical reviewer has approved this article' };
};

export const SourceChangedBadge: DocumentBadgeComponent = (props): DocumentBadgeDescription | null => {
  const review = useReviewState(
    props.id,
    props.draft as SanityDocument | null,
    props.published as SanityDocument | null,
  );
  if (!review.sourceChanged) return null;
  return {
    label: 'Source changed since translation',
    title: `The English article's clinical content changed after this translation was approved on ${day(review.sourceChanged.approval.at)}`,
    color: 'warning',
  };
};

/** `document.badges` step: the review badges on reviewed types, after the others. */
export function medicalReviewBadges(
  badges: DocumentBadgeComponent[],
  context: Pick<DocumentBadgesContext, 'schemaType'>,
): DocumentBadgeComponent[] {
  if (!(REVIEWED_TYPES as readonly string[]).includes(context.schemaType)) return badges;
  return [...badges, MedicalReviewBadge, SourceChangedBadge];
}
