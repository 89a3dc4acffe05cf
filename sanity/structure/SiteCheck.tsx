// "Site check": runs the site's own contract (checkPublishedContent from @clinic/content) over the published
// documents and lists each one the site leaves out or shows only in part, with the field and the reason in the
// words the Studio uses. Empty when everything published reaches visitors whole.
import { checkPublishedContent, type ContentFetcher, type DroppedContent } from '@clinic/content';
import { Box, Button, Card, Flex, Spinner, Stack, Text } from '@sanity/ui';
import { useCallback, useEffect, useState } from 'react';
import { useClient, useSchema } from 'sanity';
import { IntentLink } from 'sanity/router';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

type Row = DroppedContent & { documentType: string | null; title: string; field: string };

const titleQuery = `*[_id in $ids]{_id, _type, "title": coalesce(title, name, statement, siteName, _id)}`;

export function SiteCheck() {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const schema = useSchema();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async () => {
    setRows(null);
    setError(null);
    try {
      // Published documents only: what visitors would get.
      const fetcher: ContentFetcher = ({ query, params }) =>
        client.fetch(query, params ?? {}, { perspective: 'published', tag: 'site-check' });
      const findings = await checkPublishedContent(fetcher);
      const ids = [
        ...new Set(findings.map((finding) => finding.id).filter((id): id is string => id !== null)),
      ];
      const documents = await client.fetch<Array<{ _id: string; _type: string; title: string }>>(
        titleQuery,
        { ids },
        { perspective: 'published' },
      );
      const byId = new Map(documents.map((document) => [document._id, document]));
      setRows(
        findings.map((finding) => {
          const document = finding.id ? byId.get(finding.id) : undefined;
          const fieldName = finding.path.split(/[.[]/)[0] ?? '';
          const type = document ? schema.get(document._type) : undefined;
          const fieldTitle =
            type && 'fields' in type
              ? (type.fields as Array<{ name: string; type: { title?: string } }>).find(
                  (field) => field.name === fieldName,
                )?.type.title
              : undefined;
          return {
            ...finding,
            documentType: document?._type ?? null,
            title: document?.title ?? finding.id ?? 'A document without an id',
            field: fieldTitle ?? (fieldName || 'The whole document'),
          };
        }),
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [client, schema]);

  useEffect(() => {
    void run();
  }, [run]);

  return (
    <Box padding={4}>
      <Stack gap={4}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Text size={1} muted>
              Published documents the site leaves out, or shows only in part, and how to fix them.
            </Text>
          </Box>
          <Button
            text="Check again"
            mode="ghost"
            onClick={() => void run()}
            disabled={rows === null && !error}
          />
        </Flex>
        {error ? (
          <Card tone="critical" padding={3} radius={2}>
            <Text>The check could not run: {error}</Text>
          </Card>
        ) : rows === null ? (
          <Flex align="center" gap={2}>
            <Spinner muted />
            <Text muted>Checking published documents…</Text>
          </Flex>
        ) : rows.length === 0 ? (
          <Card tone="positive" padding={3} radius={2}>
            <Text>All is well: the site shows every published document whole.</Text>
          </Card>
        ) : (
          <Stack gap={2} as="ul" aria-label="Documents the site does not show whole">
            {rows.map((row) => (
              <Card
                as="li"
                key={`${row.id}-${row.path}-${row.message}`}
                padding={3}
                radius={2}
                tone="caution"
                border
              >
                <Stack gap={3}>
                  <Text weight="semibold">
                    {row.documentType && row.id ? (
                      <IntentLink intent="edit" params={{ id: row.id, type: row.documentType }}>
                        {row.title}
                      </IntentLink>
                    ) : (
                      row.title
                    )}
                  </Text>
                  <Text size={1}>
                    {row.dropped === 'document' ? 'Not on the site' : 'Shown without this part'} · {row.field}
                  </Text>
                  <Text size={1} muted>
                    {row.message}
                  </Text>
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
