// Badges in the document pane header: which clinic is primary, and which article is due for medical review.
import type {
  DocumentBadgeComponent,
  DocumentBadgeDescription,
  DocumentBadgesContext,
  DocumentBadgeProps,
} from 'sanity';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';

type Shown = { isPrimary?: boolean; lastReviewed?: string } | null | undefined;

const shownVersion = (props: DocumentBadgeProps): Shown => (props.draft ?? props.published) as Shown;

export const PrimaryClinicBadge: DocumentBadgeComponent = (props): DocumentBadgeDescription | null =>
  shownVersion(props)?.isPrimary
    ? { label: 'Primary', title: 'Calls to action on the site use this clinic', color: 'primary' }
    : null;

export const DueForReviewBadge: DocumentBadgeComponent = (props): DocumentBadgeDescription | null => {
  const lastReviewed = shownVersion(props)?.lastReviewed;
  if (lastReviewed && lastReviewed >= reviewCutoffDate()) return null;
  return {
    label: 'Due for review',
    title: 'Last medical review was more than 12 months ago',
    color: 'warning',
  };
};

export function documentBadges(
  badges: DocumentBadgeComponent[],
  context: Pick<DocumentBadgesContext, 'schemaType'>,
) {
  if (context.schemaType === 'clinic') return [...badges, PrimaryClinicBadge];
  if (context.schemaType === 'article') return [...badges, DueForReviewBadge];
  return badges;
}
