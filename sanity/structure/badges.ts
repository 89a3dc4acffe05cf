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

/**
 * "Due for review" on an article readers can see whose last review is over 12 months old (or missing). A draft
 * never published has no readers yet: its review date is checked by validation before it is first published.
 */
export const DueForReviewBadge: DocumentBadgeComponent = (props): DocumentBadgeDescription | null => {
  if (!props.published) return null;
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
