// After "Unpublish" on a document's published version, the document is only a draft; the Published view of it
// would show an empty "New …" form, as if the text were gone. This document action (it shows no button) moves the
// view to the draft when the viewed published version is gone and a draft exists, so the pane stays on the
// document the editor was working on.
import { useEffect } from 'react';
import { usePerspective, useSetPerspective, type DocumentActionComponent } from 'sanity';

/** Whether the pane shows a published version that no longer exists while the document lives on as a draft. */
export function showsVanishedPublishedVersion(
  selectedPerspectiveName: string | undefined,
  versions: { published: unknown; draft: unknown },
): boolean {
  return selectedPerspectiveName === 'published' && !versions.published && Boolean(versions.draft);
}

export const DraftAfterUnpublish: DocumentActionComponent = (props) => {
  const { selectedPerspectiveName } = usePerspective();
  const setPerspective = useSetPerspective();
  const vanished = showsVanishedPublishedVersion(selectedPerspectiveName, props);
  useEffect(() => {
    if (vanished) setPerspective('drafts');
  }, [vanished, setPerspective]);
  return null;
};
DraftAfterUnpublish.displayName = 'DraftAfterUnpublish';

/** Adds the action above to a document's actions. */
export function withDraftAfterUnpublish(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  return [...actions, DraftAfterUnpublish];
}
