// The audit trail in the Studio: "Audit trail" in the desk lists every approval, "No clinical change" statement,
// publish, unpublish and delete of articles and benefits; the "Audit trail" view of an article or benefit lists its
// own. Both read the trail as `npm run audit:export` does (audit/trail.ts), newest first.
import { Box, Button, Card, Flex, Spinner, Stack, Text } from '@sanity/ui';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'sanity';
import { IntentLink } from 'sanity/router';
import { fetchAuditTrail, type AuditAction, type AuditEntry } from './trail.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  approval: 'Medical approval',
  nonClinicalChange: 'No clinical change',
  publish: 'Published',
  unpublish: 'Unpublished',
  delete: 'Deleted',
};

const TONES: Record<AuditAction, 'positive' | 'caution' | 'default' | 'critical'> = {
  approval: 'positive',
  nonClinicalChange: 'caution',
  publish: 'default',
  unpublish: 'caution',
  delete: 'critical',
};

const when = (iso: string) =>
  `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC`;

function EntryRow({ entry, showDocument }: { entry: AuditEntry; showDocument: boolean }) {
  const who = entry.userName ? `${entry.userName} (${entry.userId})` : entry.userId;
  return (
    <Card as="li" padding={3} radius={2} border tone={TONES[entry.action]} data-testid="audit-entry">
      <Stack gap={2}>
        <Text weight="semibold">
          {AUDIT_ACTION_LABELS[entry.action]} · {when(entry.at)}
        </Text>
        {showDocument ? (
          <Text size={1}>
            {entry.documentType && entry.action !== 'delete' ? (
              <IntentLink intent="edit" params={{ id: entry.documentId, type: entry.documentType }}>
                {entry.title ?? entry.documentId}
              </IntentLink>
            ) : (
              (entry.title ?? entry.documentId)
            )}{' '}
            ({entry.documentType ?? 'document'}
            {entry.language ? `, ${entry.language}` : ''})
          </Text>
        ) : null}
        <Text size={1}>By {who}</Text>
        {entry.reason ? <Text size={1}>Reason: {entry.reason}</Text> : null}
        {entry.revision ? (
          <Text size={1} muted>
            Revision {entry.revision}
            {entry.clinicalFingerprint ? ` · ${entry.clinicalFingerprint.slice(0, 19)}…` : ''}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The trail of one document (`documentId`) or of the whole dataset. */
export function AuditTrailList({ documentId }: { documentId?: string }) {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setEntries(null);
    setError(null);
    try {
      setEntries((await fetchAuditTrail(client, documentId ? { documentId } : {})).reverse());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [client, documentId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Box padding={4}>
      <Stack gap={4}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Text size={1} muted>
              Medical approvals, "No clinical change" statements, publishing, unpublishing and deletion
              {documentId ? ' of this document' : ' of articles and benefits'}, newest first.
            </Text>
          </Box>
          <Button
            text="Reload"
            mode="ghost"
            onClick={() => void load()}
            disabled={entries === null && !error}
          />
        </Flex>
        {error ? (
          <Card tone="critical" padding={3} radius={2}>
            <Text>The audit trail could not be read: {error}</Text>
          </Card>
        ) : entries === null ? (
          <Flex align="center" gap={2}>
            <Spinner muted />
            <Text muted>Reading the history…</Text>
          </Flex>
        ) : entries.length === 0 ? (
          <Text>Nothing recorded yet.</Text>
        ) : (
          <Stack gap={2} as="ul" aria-label="Audit trail">
            {entries.map((entry) => (
              <EntryRow
                key={`${entry.at}-${entry.action}-${entry.documentId}-${entry.revision ?? ''}`}
                entry={entry}
                showDocument={!documentId}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}

/** The desk's "Audit trail" pane. */
export function AuditTrailPane() {
  return <AuditTrailList />;
}

/** The "Audit trail" view of a document pane (props as Sanity's component views get them). */
export function AuditTrailView(props: { documentId: string }) {
  return <AuditTrailList documentId={props.documentId} />;
}
