// Reading the test's lake the way the site and an editor's tools do, to check what a Studio action stored.
import { currentRun } from './environment.ts';

const API = '/v2025-02-19/data';

/** A GROQ query's result over published documents (no token: what a visitor's site can read). */
export async function publishedQuery<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
  const { lakeUrl } = currentRun();
  const search = new URLSearchParams({ query, perspective: 'published' });
  for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value));
  const response = await fetch(`${lakeUrl}${API}/query/production?${search}`);
  if (!response.ok) throw new Error(`lake query failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: T }).result;
}

/** A field of the published document, or undefined. */
export async function publishedField(id: string, field: string): Promise<unknown> {
  return (await publishedQuery<Record<string, unknown> | null>('*[_id == $id][0]', { id }))?.[field];
}

/** A field of the draft the Studio saves while someone edits (needs the editor token), or undefined. */
export async function draftField(id: string, field: string): Promise<unknown> {
  return (await documentContent(`drafts.${id}`))?.[field];
}

/** Sets fields of a published document directly in the lake, as a script or an import would (editor token). */
export async function setPublishedFields(id: string, fields: Record<string, unknown>): Promise<void> {
  await mutate([{ patch: { id, set: fields } }]);
}

/** A whole stored document without the lake's own fields, or undefined (editor token). */
export async function storedDocument(id: string): Promise<Record<string, unknown> | undefined> {
  return documentContent(id);
}

/** Deletes a document, as a script would (editor token). */
export async function deleteDocument(id: string): Promise<void> {
  await mutate([{ delete: { id } }]);
}

/** Writes a whole document back, as a script or an import would (editor token). */
export async function restoreDocument(document: Record<string, unknown>): Promise<void> {
  await mutate([{ createOrReplace: document }]);
}

/** Deletes the draft of a document, as the Studio's "Discard changes" does (editor token). */
export async function discardDraft(id: string): Promise<void> {
  await mutate([{ delete: { id: `drafts.${id}` } }]);
}

/** One document by id, without the lake's own fields (`_rev`, `_createdAt`, `_updatedAt`), or undefined (editor token). */
async function documentContent(id: string): Promise<Record<string, unknown> | undefined> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}${API}/doc/production/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`lake doc request failed: ${response.status} ${await response.text()}`);
  const [document] = ((await response.json()) as { documents: Record<string, unknown>[] }).documents;
  if (!document) return undefined;
  const { _rev: _rev, _createdAt: _created, _updatedAt: _updated, ...content } = document;
  return content;
}

async function mutate(mutations: object[]): Promise<void> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}${API}/mutate/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  });
  if (!response.ok) throw new Error(`lake mutate failed: ${response.status} ${await response.text()}`);
}

/**
 * Publishes a document's draft directly in the lake (the draft becomes the published document and is removed), as
 * a script would; used to put a document back after a test unpublished it (editor token).
 */
export async function publishDraft(id: string): Promise<void> {
  const draft = await documentContent(`drafts.${id}`);
  if (!draft) throw new Error(`${id} has no draft to publish`);
  await mutate([{ createOrReplace: { ...draft, _id: id } }, { delete: { id: `drafts.${id}` } }]);
}

/** Saves a draft of a published document with `fields` changed, as the Studio does when someone edits it (editor token). */
export async function saveDraft(id: string, fields: Record<string, unknown>): Promise<void> {
  const published = await documentContent(id);
  if (!published) throw new Error(`${id} is not published`);
  await mutate([{ createOrReplace: { ...published, ...fields, _id: `drafts.${id}` } }]);
}
