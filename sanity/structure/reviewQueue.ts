// The medical-review queue's identity, shared by the desk (structure/index.ts) and the article form, which opens
// on its Medical review group when an article is opened from the queue.
import type { RouterPanes } from 'sanity/structure';

/** The id of the "Due for medical review" list in the desk and in its URLs. */
export const DUE_FOR_REVIEW_LIST_ID = 'due-for-review';

/** The article field group a reviewer works in. */
export const REVIEW_GROUP = 'review';

/** True when a document pane at `groupIndex` was opened from the review queue (a pane before it is the queue). */
export function openedFromReviewQueue(routerPanesState: RouterPanes, groupIndex: number): boolean {
  return routerPanesState.slice(0, groupIndex).some((group) => group[0]?.id === DUE_FOR_REVIEW_LIST_ID);
}
