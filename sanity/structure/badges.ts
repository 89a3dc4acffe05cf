// Badges in the document pane header: which article is due for medical review. (Which clinic is primary is shown
// where it is decided, in Site settings.)
import type {
  DocumentBadgeComponent,
  DocumentBadgeDescription,
  DocumentBadgesContext,
  DocumentBadgeProps,
} from 'sanity';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';

type Shown = { lastReviewed?: string } | null | undefined;

const shownVersion = (props: DocumentBadgeProps): Shown => (props.draft ?? props.published) as Shown;

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
  if (context.schemaType === 'article') return [...badges, DueForReviewBadge];
  return badges;
}
