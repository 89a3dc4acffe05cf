// Sync tags tie a query result to the writes that can change it; the live events endpoint sends the same tags
// after a write so `defineLive` knows which cached results to refresh. The lake uses two coarse tags: one for
// published content (every query depends on it) and one for drafts and release versions (only queries in a
// non-published perspective depend on it). Coarse means a refresh more than strictly needed, never one missed.
import { isDraftId, isVersionId } from '../store/ids.ts';
import type { CommittedTransaction } from '../store/types.ts';
import { seesUnpublished, type Perspective } from './perspective.ts';

export const PUBLISHED_TAG = 's1:published';
export const UNPUBLISHED_TAG = 's1:drafts';

export function syncTagsFor(perspective: Perspective): string[] {
  return seesUnpublished(perspective) ? [PUBLISHED_TAG, UNPUBLISHED_TAG] : [PUBLISHED_TAG];
}

export function syncTagsOf(transaction: CommittedTransaction): { tags: string[]; publishedChanged: boolean } {
  const publishedChanged = transaction.changes.some(
    (change) => !isDraftId(change.id) && !isVersionId(change.id),
  );
  return { tags: publishedChanged ? [PUBLISHED_TAG] : [UNPUBLISHED_TAG], publishedChanged };
}
