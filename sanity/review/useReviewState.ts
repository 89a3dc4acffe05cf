// The review state of the article open in the Studio, kept current while the pane is open: its approvals, the
// people they name, the English source of a translation, and what the publish gate decides for the version on
// screen (the draft when there is one). Used by the review actions and badges.
import { DEFAULT_LANGUAGE } from '@clinic/content/languages';
import { clinicalFingerprint } from '@clinic/content/review';
import { useEffect, useMemo, useState } from 'react';
import { useClient, useCurrentUser, type SanityDocument } from 'sanity';
import {
  approverFor,
  publishGate,
  sourceChangedSinceTranslation,
  type ApprovalRecord,
  type PublishGate,
  type ReviewPerson,
} from './gate.ts';
import { APPROVAL_TYPE } from './records.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

/** Document types whose publishing waits for a medical review. */
export const REVIEWED_TYPES = ['article'] as const;

const REVIEW_QUERY = `{
  "approvals": *[_type == "${APPROVAL_TYPE}" && document._ref == $id] | order(at desc),
  "people": *[_type == "person" && !(_id in path("drafts.**"))]{_id, name, credentials, isSamplePlaceholder, studioUserId},
  "sourceId": *[_type == "translation.metadata" && references($id)][0].translations[_key == $defaultLanguage][0].value._ref
}`;
const SOURCE_QUERY = '*[_id == $sourceId][0]';
const LISTEN_QUERY = `*[(_type == "${APPROVAL_TYPE}" && document._ref == $id) || _type == "person" || _id == $sourceId || _type == "translation.metadata"]`;

interface Loaded {
  approvals: ApprovalRecord[];
  people: ReviewPerson[];
  /** The published English source of a translation, when there is one. */
  source: SanityDocument | null;
}

export interface ReviewState {
  loading: boolean;
  error: Error | null;
  /** The version the gate is about: the draft when there is one, else the published document. */
  version: SanityDocument | null;
  language: string;
  fingerprint: string | null;
  gate: PublishGate | null;
  approvals: ApprovalRecord[];
  people: ReviewPerson[];
  /** Set on a translation whose English source changed since the translation's newest approval. */
  sourceChanged: { approval: ApprovalRecord } | null;
  sourceFingerprint: string | null;
  /** The signed-in user, and the person they approve as (or why they cannot). */
  user: { id: string; name: string } | null;
  approver: ReturnType<typeof approverFor>;
}

/** See the file comment; `id` is the published id, `draft`/`published` as the document action props give them. */
export function useReviewState(
  id: string,
  draft: SanityDocument | null | undefined,
  published: SanityDocument | null | undefined,
): ReviewState {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const currentUser = useCurrentUser();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const options = { perspective: 'raw' as const, tag: 'medical-review' };
      const result = await client.fetch<{
        approvals: ApprovalRecord[];
        people: ReviewPerson[];
        sourceId: string | null;
      }>(REVIEW_QUERY, { id, defaultLanguage: DEFAULT_LANGUAGE }, options);
      const sourceId = result.sourceId && result.sourceId !== id ? result.sourceId : null;
      const source = sourceId
        ? await client.fetch<SanityDocument | null>(SOURCE_QUERY, { sourceId }, options)
        : null;
      if (!cancelled) {
        setLoaded({ approvals: result.approvals, people: result.people, source });
        setError(null);
      }
      return sourceId;
    };
    let subscription: { unsubscribe: () => void } | undefined;
    load()
      .then((sourceId) => {
        if (cancelled) return;
        subscription = client
          .listen(
            LISTEN_QUERY,
            { id, sourceId: sourceId ?? '' },
            { visibility: 'query', events: ['mutation'] },
          )
          .subscribe({ next: () => void load().catch(setError), error: setError });
      })
      .catch((reason: Error) => !cancelled && setError(reason));
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
  }, [client, id]);

  return useMemo(() => {
    const version = draft ?? published ?? null;
    const language =
      typeof version?.language === 'string' && version.language ? version.language : DEFAULT_LANGUAGE;
    const user = currentUser ? { id: currentUser.id, name: currentUser.name } : null;
    const people = loaded?.people ?? [];
    const approvals = loaded?.approvals ?? [];
    const fingerprint = version ? clinicalFingerprint(version) : null;
    const gate = loaded && fingerprint ? publishGate({ fingerprint, approvals, people }) : null;
    const sourceFingerprint = loaded?.source ? clinicalFingerprint(loaded.source) : null;
    const source = sourceChangedSinceTranslation({ translationApprovals: approvals, sourceFingerprint });
    return {
      loading: !loaded && !error,
      error,
      version,
      language,
      fingerprint,
      gate,
      approvals,
      people,
      sourceChanged: source.changed && source.approval ? { approval: source.approval } : null,
      sourceFingerprint,
      user,
      approver: approverFor(user?.id, people),
    };
  }, [currentUser, draft, error, loaded, published]);
}
