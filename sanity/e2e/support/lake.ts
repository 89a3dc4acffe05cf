// Reading the test's lake the way the site and an editor's tools do, to check what a Studio action stored.
import { currentRun } from './environment.ts';

const API = '/v2025-02-19/data';

/** A field of the published document (no token: what a visitor's site can read), or undefined. */
export async function publishedField(id: string, field: string): Promise<unknown> {
  const { lakeUrl } = currentRun();
  const search = new URLSearchParams({
    query: '*[_id == $id][0]',
    $id: JSON.stringify(id),
    perspective: 'published',
  });
  const response = await fetch(`${lakeUrl}${API}/query/production?${search}`);
  if (!response.ok) throw new Error(`lake query failed: ${response.status} ${await response.text()}`);
  const { result } = (await response.json()) as { result: Record<string, unknown> | null };
  return result?.[field];
}

/** A field of the draft the Studio saves while someone edits (needs the editor token), or undefined. */
export async function draftField(id: string, field: string): Promise<unknown> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}${API}/doc/production/drafts.${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`lake doc request failed: ${response.status} ${await response.text()}`);
  const { documents } = (await response.json()) as { documents: Record<string, unknown>[] };
  return documents[0]?.[field];
}

/** Sets fields of a published document directly in the lake, as a script or an import would (editor token). */
export async function setPublishedFields(id: string, fields: Record<string, unknown>): Promise<void> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}${API}/mutate/production?returnIds=true`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [{ patch: { id, set: fields } }] }),
  });
  if (!response.ok) throw new Error(`lake mutate failed: ${response.status} ${await response.text()}`);
}

/** Deletes the draft of a document, as the Studio's "Discard changes" does (editor token). */
export async function discardDraft(id: string): Promise<void> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}${API}/mutate/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [{ delete: { id: `drafts.${id}` } }] }),
  });
  if (!response.ok) throw new Error(`lake mutate failed: ${response.status} ${await response.text()}`);
}
