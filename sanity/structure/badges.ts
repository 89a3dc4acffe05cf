// Badges in the document pane header: which article is due for medical review. (Which clinic is primary is shown
// where it is decided, in Site settings.) The review date is the newest recorded approval's, read from the lake.
import { useEffect, useState } from 'react';
import {
  useClient,
  type DocumentBadgeComponent,
  type DocumentBadgeDescription,
  type DocumentBadgesContext,
  type DocumentBadgeProps,
} from 'sanity';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';
import { APPROVALS_OF_DOCUMENT } from './reviewQueue.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

/**
 * The badge for an article given the newest approval's `at` (ISO date-time, or null when it has none): "Due for
 * review" once that is before the 12-month cutoff, or when there is none. A draft never published has no readers
 * yet, so it is not badged.
 */
export function dueForReviewBadge(
  isPublished: boolean,
  newestApprovalAt: string | null,
  now: Date = new Date(),
): DocumentBadgeDescription | null {
  if (!isPublished) return null;
  if (newestApprovalAt && newestApprovalAt.slice(0, 10) >= reviewCutoffDate(now)) return null;
  return {
    label: 'Due for review',
    title: newestApprovalAt
      ? 'The last medical approval was more than 12 months ago'
      : 'No medical approval is recorded for this article',
    color: 'warning',
  };
}

/** The newest approval's `at` of the article `id`, refetched when the document changes; undefined while loading. */
function useNewestApprovalAt(id: string, revision: string | undefined): string | null | undefined {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const [at, setAt] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    client
      .fetch<string | null>(`*[${APPROVALS_OF_DOCUMENT.replaceAll('^._id', '$id')}] | order(at desc)[0].at`, {
        id,
      })
      .then((value) => current && setAt(value ?? null))
      .catch(() => current && setAt(undefined));
    return () => {
      current = false;
    };
  }, [client, id, revision]);
  return at;
}

export const DueForReviewBadge: DocumentBadgeComponent = (props: DocumentBadgeProps) => {
  const at = useNewestApprovalAt(props.id, (props.draft ?? props.published)?._rev);
  return at === undefined ? null : dueForReviewBadge(Boolean(props.published), at);
};

export function documentBadges(
  badges: DocumentBadgeComponent[],
  context: Pick<DocumentBadgesContext, 'schemaType'>,
) {
  if (context.schemaType === 'article') return [...badges, DueForReviewBadge];
  return badges;
}
