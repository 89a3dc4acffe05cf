// The medical-review queue's identity and filter, shared by the desk (structure/index.ts) and the article form,
// which opens on its Medical review group when an article is opened from the queue.
import type { RouterPanes } from 'sanity/structure';

/** The id of the "Due for medical review" list in the desk and in its URLs. */
export const DUE_FOR_REVIEW_LIST_ID = 'due-for-review';

/**
 * The approvals of the document in scope (`^`), published or draft, as a GROQ filter: approvals name the published
 * id, so a draft's `drafts.` prefix is taken off first.
 */
export const APPROVALS_OF_DOCUMENT = /* groq */ `_type == "medicalApproval" && kind == "approval" && document._ref in [^._id, string::split(^._id, "drafts.")[1]]`;

/**
 * Articles due for medical review on the `$cutoff` date (`YYYY-MM-DD`, see reviewCutoffDate): no approval was
 * recorded for them on or after it. The Studio's badge and check:content apply the same cycle to the newest
 * approval's date.
 */
export const DUE_FOR_REVIEW_FILTER = /* groq */ `_type == "article" && count(*[${APPROVALS_OF_DOCUMENT} && at >= $cutoff]) == 0`;

/** The article field group a reviewer works in. */
export const REVIEW_GROUP = 'review';

/** True when a document pane at `groupIndex` was opened from the review queue (a pane before it is the queue). */
export function openedFromReviewQueue(routerPanesState: RouterPanes, groupIndex: number): boolean {
  return routerPanesState.slice(0, groupIndex).some((group) => group[0]?.id === DUE_FOR_REVIEW_LIST_ID);
}
