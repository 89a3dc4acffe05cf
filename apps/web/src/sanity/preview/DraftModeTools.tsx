import { VisualEditing } from 'next-sanity/visual-editing';
import { draftMode } from 'next/headers';

/**
 * Rendered by the root layout; outputs nothing for visitors. In draft mode it adds the Presentation tool's
 * click-to-edit overlays (a client component, so it only ships in preview) and a way out of preview.
 */
export async function DraftModeTools() {
  if (!(await draftMode()).isEnabled) return null;
  return (
    <>
      <aside className="draft-mode-notice" aria-label="Preview">
        Preview of unpublished changes. <a href="/api/draft-mode/disable">Leave preview</a>
      </aside>
      <VisualEditing />
    </>
  );
}
