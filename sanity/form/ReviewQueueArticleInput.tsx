// The article form opens on the Medical review group when the article was opened from the "Due for medical
// review" list, where the reviewer's fields are what they came for; opened anywhere else it shows the Content
// group as usual. Only the first render decides: the editor's own choice of tab is never overridden.
import { useEffect, useRef, type ReactNode } from 'react';
import type { ObjectInputProps } from 'sanity';
import { usePaneRouter } from 'sanity/structure';
import { openedFromReviewQueue, REVIEW_GROUP } from '../structure/reviewQueue.ts';

export function ReviewQueueArticleInput(props: ObjectInputProps): ReactNode {
  const { routerPanesState, groupIndex } = usePaneRouter();
  const { onFieldGroupSelect } = props;
  const decided = useRef(false);
  const fromQueue = openedFromReviewQueue(routerPanesState, groupIndex);

  useEffect(() => {
    if (decided.current) return;
    decided.current = true;
    if (fromQueue) onFieldGroupSelect(REVIEW_GROUP);
  }, [fromQueue, onFieldGroupSelect]);

  return props.renderDefault(props);
}
