// The medical review in an article's action menu:
// - "Approve (medical review)": the reviewer, signed in as themselves, approves the clinical content of the
//   version on screen. Only the person linked to the signed-in Studio user (`person.studioUserId`) can; anyone
//   else sees why not on the disabled action.
// - "No clinical change": when the version differs clinically from the last approval, an editor states that the
//   change alters no meaning (a typo), with a required reason, recorded with their name.
// - "Changes since medical review": opens the Studio's own review-changes panel against the approved revision.
// - Publish is held back while the version is "Changed since medical review" (see review/gate.ts).
// Every approval and statement is a `medicalApproval` document (review/records.ts).
import { clinicalFingerprint } from '@clinic/content/review';
import { Button, Card, Flex, Stack, Text, TextArea } from '@sanity/ui';
import { useCallback, useState } from 'react';
import {
  useClient,
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
  type DocumentActionsContext,
  type SanityDocument,
} from 'sanity';
import { useDocumentPane } from 'sanity/structure';
import { approvalRecord, nonClinicalChangeRecord, type ApprovedVersion } from '../review/records.ts';
import { REVIEWED_TYPES, useReviewState, type ReviewState } from '../review/useReviewState.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

/** The Studio's review-changes inspector (the history panel with its field-by-field diff). */
const CHANGES_INSPECTOR = 'sanity/structure/history';

const formatDate = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) +
  ' UTC';

/** The version on screen as the records describe it, or null while it is loading. */
function approvedVersion(props: DocumentActionProps, review: ReviewState): ApprovedVersion | null {
  const version = review.version;
  if (!version?._rev || !review.fingerprint) return null;
  return {
    documentId: props.id,
    documentType: props.type,
    language: review.language,
    revision: version._rev,
    clinicalFingerprint: review.fingerprint,
  };
}

/** Why the gate holds publishing back, in the words shown on the disabled Publish button and the badge. */
export function changedSinceReviewMessage(review: ReviewState): string | null {
  if (review.gate?.state !== 'changedSinceReview') return null;
  return `Changed since medical review on ${formatDate(review.gate.lastApproval.at)}: publishing needs a new approval by a medical reviewer, or a "No clinical change" statement.`;
}

function useCreateRecord() {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  return useCallback((record: { _id: string; _type: string }) => client.create(record), [client]);
}

export const ApproveAction: DocumentActionComponent = (props) => {
  const review = useReviewState(
    props.id,
    props.draft as SanityDocument | null,
    props.published as SanityDocument | null,
  );
  const create = useCreateRecord();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const version = approvedVersion(props, review);
  const approver = 'person' in review.approver ? review.approver.person : null;
  const alreadyApproved =
    review.gate?.state === 'reviewed' &&
    review.approvals.some(
      (record) => record.kind === 'approval' && record.clinicalFingerprint === review.fingerprint,
    );

  const approve = useCallback(async () => {
    if (!version || !approver || !review.user) return;
    setBusy(true);
    setFailure(null);
    try {
      await create(
        approvalRecord(
          version,
          { userId: review.user.id, userName: review.user.name, personId: approver._id },
          { sourceFingerprint: review.language !== 'en' ? review.sourceFingerprint : null },
        ),
      );
      setOpen(false);
    } catch (error) {
      setFailure(`The approval was not saved: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }, [approver, create, review.language, review.sourceFingerprint, review.user, version]);

  const title = !approver
    ? (review.approver as { reason: string }).reason
    : alreadyApproved
      ? 'This clinical content is already approved.'
      : !version
        ? 'Loading the review state…'
        : `Approve the clinical content of this version as ${approver.name}`;
  return {
    label: alreadyApproved ? 'Approved (medical review)' : 'Approve (medical review)',
    title,
    tone: 'positive',
    disabled: !approver || !version || alreadyApproved || busy,
    onHandle: () => setOpen(true),
    dialog: open &&
      approver &&
      version && {
        type: 'dialog',
        header: 'Approve the clinical content',
        onClose: () => setOpen(false),
        content: (
          <Stack gap={4}>
            <Text>
              You approve, as {approver.name}
              {approver.credentials ? `, ${approver.credentials}` : ''}, the title, summary, body, citations,
              benefits, risks, who-should-not lists and references of this version exactly as they are now.
            </Text>
            {review.sourceChanged ? (
              <Card tone="caution" padding={3} radius={2}>
                <Text size={1}>The English source changed since this translation was last approved.</Text>
              </Card>
            ) : null}
            {failure ? <Text size={1}>{failure}</Text> : null}
            <Flex justify="flex-end" gap={2}>
              <Button mode="ghost" text="Cancel" onClick={() => setOpen(false)} />
              <Button tone="positive" text="Approve" loading={busy} onClick={() => void approve()} />
            </Flex>
          </Stack>
        ),
      },
  } satisfies DocumentActionDescription;
};
ApproveAction.displayName = 'ApproveAction';

export const NonClinicalChangeAction: DocumentActionComponent = (props) => {
  const review = useReviewState(
    props.id,
    props.draft as SanityDocument | null,
    props.published as SanityDocument | null,
  );
  const create = useCreateRecord();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const version = approvedVersion(props, review);
  const gate = review.gate;

  const state = useCallback(async () => {
    if (!version || !review.user || gate?.state !== 'changedSinceReview') return;
    setBusy(true);
    setFailure(null);
    try {
      const person =
        'person' in review.approver
          ? review.approver.person
          : review.people.find((p) => p.studioUserId === review.user?.id);
      await create(
        nonClinicalChangeRecord(
          version,
          { userId: review.user.id, userName: review.user.name, ...(person ? { personId: person._id } : {}) },
          gate.lastApproval.clinicalFingerprint,
          reason,
        ),
      );
      setOpen(false);
      setReason('');
    } catch (error) {
      setFailure(`The statement was not saved: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }, [create, gate, reason, review.approver, review.people, review.user, version]);

  if (gate?.state !== 'changedSinceReview') return null;
  return {
    label: 'No clinical change…',
    title: 'State that this change alters no clinical meaning (for example a typo), with a reason',
    disabled: !version || !review.user || busy,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'No clinical change',
      onClose: () => setOpen(false),
      content: (
        <Stack gap={4}>
          <Text>
            You state, as {review.user?.name}, that this version says clinically exactly what the version
            approved on {formatDate(gate.lastApproval.at)} by {gate.lastApproval.userName} says. The statement
            and its reason are kept in the audit trail.
          </Text>
          <Stack gap={2}>
            <Text as="label" htmlFor="non-clinical-reason" weight="semibold" size={1}>
              Reason (required)
            </Text>
            <TextArea
              id="non-clinical-reason"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          </Stack>
          {failure ? <Text size={1}>{failure}</Text> : null}
          <Flex justify="flex-end" gap={2}>
            <Button mode="ghost" text="Cancel" onClick={() => setOpen(false)} />
            <Button
              tone="caution"
              text="Record statement"
              disabled={reason.trim() === ''}
              loading={busy}
              onClick={() => void state()}
            />
          </Flex>
        </Stack>
      ),
    },
  } satisfies DocumentActionDescription;
};
NonClinicalChangeAction.displayName = 'NonClinicalChangeAction';

/**
 * The document pane's `openInspector`, or null where actions are shown outside a document pane (useDocumentPane
 * reads a context and throws when it is missing; the context is read on every render either way).
 */
function useOpenInspector(): ((name: string, params?: Record<string, string>) => void) | null {
  try {
    return useDocumentPane().openInspector;
  } catch {
    return null;
  }
}

/**
 * Opens the Studio's review-changes panel comparing the version on screen with the approved one. When the
 * published document is the approved content, that is the Studio's usual "since last published" comparison;
 * otherwise the approved revision (a draft revision, as the reviewer approved it) is the starting point.
 */
export const ChangesSinceReviewAction: DocumentActionComponent = (props) => {
  const review = useReviewState(
    props.id,
    props.draft as SanityDocument | null,
    props.published as SanityDocument | null,
  );
  const openInspector = useOpenInspector();
  const gate = review.gate;
  if (gate?.state !== 'changedSinceReview' || !openInspector) return null;
  const published = props.published as SanityDocument | null;
  // Judged by content, not revision id: the published document may be the approved text under a later revision.
  const publishedIsApproved =
    published !== null && clinicalFingerprint(published) === gate.lastApproval.clinicalFingerprint;
  return {
    label: 'Changes since medical review',
    title: changedSinceReviewMessage(review) ?? undefined,
    onHandle: () =>
      openInspector(CHANGES_INSPECTOR, {
        changesInspectorTab: 'review',
        ...(publishedIsApproved ? {} : { since: gate.lastApproval.revision }),
      }),
  };
};
ChangesSinceReviewAction.displayName = 'ChangesSinceReviewAction';

/** Wraps the publish action: disabled, with the reason, while the version is changed since its medical review. */
export function withReviewGate(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishAfterReview: DocumentActionComponent = (props) => {
    const original = publish(props);
    const review = useReviewState(
      props.id,
      props.draft as SanityDocument | null,
      props.published as SanityDocument | null,
    );
    if (!original) return original;
    const message = changedSinceReviewMessage(review);
    if (!message) return original;
    return { ...original, disabled: true, title: message };
  };
  PublishAfterReview.action = 'publish';
  return PublishAfterReview;
}

/** `document.actions` step for reviewed types: the gated publish first, then the review actions after it. */
export function medicalReviewActions(
  actions: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  if (!(REVIEWED_TYPES as readonly string[]).includes(context.schemaType)) return actions;
  const gated = actions.map((action) => (action.action === 'publish' ? withReviewGate(action) : action));
  const publishAt = gated.findIndex((action) => action.action === 'publish');
  const review = [ApproveAction, ChangesSinceReviewAction, NonClinicalChangeAction];
  return publishAt === -1
    ? [...gated, ...review]
    : [...gated.slice(0, publishAt + 1), ...review, ...gated.slice(publishAt + 1)];
}
