// Publishing an article keeps its old address working. When the slug differs from the published one, the
// editor confirms the move first; publishing then records the published slug in `previousSlugs` (the site
// redirects every previous slug to the current one with a 308) and publishes. The list is computed by
// `previousSlugsAfterPublish` from @clinic/content/rules, so a chain of renames stays one hop and moving back to
// an old slug never redirects it to itself.
import { previousSlugsAfterPublish } from '@clinic/content/rules';
import { useCallback, useState } from 'react';
import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionsContext,
  type SanityDocument,
} from 'sanity';

type ArticleVersion = (Partial<SanityDocument> & { slug?: { current?: string }; previousSlugs?: unknown[] }) | null;

const slugOf = (document: ArticleVersion) => document?.slug?.current || null;
const sameList = (left: readonly unknown[], right: readonly unknown[]) =>
  left.length === right.length && left.every((item, index) => item === right[index]);

/** The Studio's publish action, wrapped to keep an article's previous slugs (see the file comment). */
export function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithSlugHistory: DocumentActionComponent = (props) => {
    const original = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    const [confirming, setConfirming] = useState(false);
    const draft = props.draft as ArticleVersion;
    const published = props.published as ArticleVersion;
    const newSlug = slugOf(draft);
    const publishedSlug = slugOf(published);

    const publishKeepingOldSlug = useCallback(() => {
      if (newSlug) {
        const before = Array.isArray(draft?.previousSlugs) ? draft.previousSlugs : [];
        const after = previousSlugsAfterPublish({ previousSlugs: before, publishedSlug, newSlug });
        if (!sameList(before, after)) {
          patch.execute(after.length > 0 ? [{ set: { previousSlugs: after } }] : [{ unset: ['previousSlugs'] }]);
        }
      }
      original?.onHandle?.();
    }, [draft, newSlug, original, patch, publishedSlug]);

    if (!original) return original;
    const moving = Boolean(draft && newSlug && publishedSlug && newSlug !== publishedSlug);
    return {
      ...original,
      onHandle: moving ? () => setConfirming(true) : publishKeepingOldSlug,
      dialog: confirming
        ? {
            type: 'confirm',
            tone: 'caution',
            message: `This article moves from the URL slug "${publishedSlug}" to "${newSlug}". Links to the old address will redirect to the new one. Publish?`,
            onCancel: () => setConfirming(false),
            onConfirm: () => {
              setConfirming(false);
              publishKeepingOldSlug();
            },
          }
        : original.dialog,
    };
  };
  PublishWithSlugHistory.action = 'publish';
  return PublishWithSlugHistory;
}

/** `document.actions` step: articles publish through `withSlugHistory`; other types keep their actions. */
export function articleSlugHistoryActions(
  actions: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  if (context.schemaType !== 'article') return actions;
  return actions.map((action) => (action.action === 'publish' ? withSlugHistory(action) : action));
}
