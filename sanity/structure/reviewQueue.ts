// The medical-review queue's identity and filter, shared by the desk (structure/index.ts) and the article form,
// which opens on its Medical review group when an article is opened from the queue.
import { getDraftId, getPublishedId } from 'sanity';
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

/**
 * The published ids of the articles due on `$cutoff`, read once when the queue opens. The list itself cannot carry
 * DUE_FOR_REVIEW_FILTER: the desk listens to a list's filter, and the Listen API does not allow the sub-query it
 * needs ("The Listen API doesn't support joins", https://www.sanity.io/docs/content-lake/groq-feature-support-by-context).
 * Read in the raw perspective, so an article that exists only as a draft is listed too.
 */
export const DUE_FOR_REVIEW_IDS_QUERY = /* groq */ `*[${DUE_FOR_REVIEW_FILTER}]._id`;

/** The queue's list filter: a plain id list (`$ids`, see dueForReviewListIds), which listeners accept. */
export const DUE_FOR_REVIEW_LIST_FILTER = /* groq */ `_type == "article" && _id in $ids`;

/** The ids the list filter matches for the due articles `ids` (as stored: published, draft or version ids): each one's published and draft id. */
export function dueForReviewListIds(ids: readonly string[]): string[] {
  const published = new Set(ids.map(getPublishedId));
  return [...published].flatMap((id) => [id, getDraftId(id)]);
}

/** The article field group a reviewer works in. */
export const REVIEW_GROUP = 'review';

/** True when a document pane at `groupIndex` was opened from the review queue (a pane before it is the queue). */
export function openedFromReviewQueue(routerPanesState: RouterPanes, groupIndex: number): boolean {
  return routerPanesState.slice(0, groupIndex).some((group) => group[0]?.id === DUE_FOR_REVIEW_LIST_ID);
}
