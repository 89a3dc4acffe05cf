// Talking to the browser tests' local lake the way an editor's tools do: writes go through the lake's mutate
// endpoint with its token, and the site hears about them through the signed revalidation webhook.
import { CONTENT_TYPES } from '@clinic/content/tags';
import { readToken, webhooksFile } from '@clinic/local-lake/settings';
import { revalidationWebhook } from '@clinic/local-lake/webhooks';
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';

/** The secret the test site is started with (playwright.config.ts) and the lake signs its webhooks with. */
export const E2E_REVALIDATE_SECRET = 'e2e-revalidate-secret-0f3c9a7d51b2';

export const lakeUrl = `http://127.0.0.1:${Number(process.env.E2E_LAKE_PORT ?? 3190)}`;

function dataDir(): string {
  const dir = process.env.E2E_LAKE_DATA_DIR;
  if (!dir)
    throw new Error('E2E_LAKE_DATA_DIR is not set: run the browser tests through playwright.config.ts');
  return dir;
}

/** The lake's editor token: LOCAL_LAKE_TOKEN, or the one it generated in its data folder on first start. */
export function lakeToken(): string {
  const token = readToken(dataDir());
  if (!token) throw new Error(`the browser tests' lake has no token in ${dataDir()} yet`);
  return token;
}

export type Mutation = Record<string, unknown>;
export type LakeDocument = Record<string, unknown> & { _id: string; _type: string };

/** Applies mutations as one transaction; throws with the lake's message when it refuses them. */
export async function mutate(mutations: Mutation[]): Promise<void> {
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lakeToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  });
  if (!response.ok) throw new Error(`lake refused mutation: ${response.status} ${await response.text()}`);
}

/** Published documents matching a GROQ query (no token: what a visitor's site can read). */
export async function query<T>(groq: string, params: Record<string, unknown> = {}): Promise<T> {
  const search = new URLSearchParams({ query: groq });
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value));
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/query/production?${search}`);
  if (!response.ok) throw new Error(`lake query failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: T }).result;
}

/**
 * Configures the lake (through `webhooks.json` in its data folder, which it re-reads when it changes) to call
 * the site's /api/revalidate after every published change, as a GROQ webhook in Sanity's project settings would.
 */
export function configureRevalidationWebhook(siteUrl: string): void {
  const hooks = [revalidationWebhook({ siteUrl, secret: E2E_REVALIDATE_SECRET, types: CONTENT_TYPES })];
  writeFileSync(webhooksFile(dataDir()), JSON.stringify(hooks, null, 2));
}

/** Switches the lake's webhooks off again (an empty list). */
export function removeWebhooks(): void {
  writeFileSync(webhooksFile(dataDir()), '[]');
}

/** Signs a body like Sanity's webhook delivery does (`t=<ms>,v1=<base64url HMAC-SHA256 of "<ms>.<body>">`). */
export function signWebhookBody(
  body: string,
  timestamp = Date.now(),
  secret = E2E_REVALIDATE_SECRET,
): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')}`;
}

/** Calls the site's webhook directly (when a test must know the revalidation finished before it looks). */
export async function revalidate(
  siteUrl: string,
  change: { _type: string; slug?: string },
): Promise<Response> {
  const body = JSON.stringify(change);
  return fetch(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signWebhookBody(body) },
    body,
  });
}
