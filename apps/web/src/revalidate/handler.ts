import { tagsForChangedDocument } from '@clinic/content/tags';
import { SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { deliveryKeys, type DeliveryLedger } from './deliveries.ts';
import { BodyTooLargeError, readBodyWithLimit } from './read-body.ts';
import { checkWebhookSignature, MAX_CLOCK_SKEW_MS, MAX_SIGNATURE_AGE_MS } from './signature.ts';

/** The header Sanity's webhooks name each delivery with (the same on its retries). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

export interface RevalidationDeps {
  /** SANITY_REVALIDATE_SECRET; null when the site has none configured. */
  secret: string | null;
  /** Expires the given cache tags. */
  revalidate: (tags: string[]) => void;
  /** Where accepted deliveries are remembered, so a replay of one within the signature's validity does nothing. */
  deliveries: DeliveryLedger;
  now?: () => number;
  log?: (line: string) => void;
}

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * The signed revalidation webhook, independent of Next so it can be tested with plain Request objects.
 * Order matters: nothing is parsed before the size and signature checks pass, a delivery is recorded only once
 * it is valid, and nothing is revalidated unless every check passed and the delivery is new.
 */
export async function handleRevalidation(request: Request, deps: RevalidationDeps): Promise<Response> {
  const log = deps.log ?? ((line: string) => console.warn(`[revalidate] ${line}`));
  if (!deps.secret) {
    log('refused: SANITY_REVALIDATE_SECRET is not set');
    return answer(503, { message: 'Revalidation is not configured on this site (SANITY_REVALIDATE_SECRET).' });
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME);
  if (!signature) return answer(401, { message: 'Missing webhook signature.' });

  let rawBody: string;
  try {
    rawBody = await readBodyWithLimit(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return answer(413, { message: 'Webhook body is too large.' });
    throw error;
  }

  const check = await checkWebhookSignature(rawBody, signature, deps.secret, deps.now?.() ?? Date.now());
  if (!check.valid) {
    log(`refused: ${check.reason}`);
    return answer(401, { message: 'Invalid webhook signature.' });
  }

  let document: unknown;
  try {
    document = JSON.parse(rawBody);
  } catch {
    return answer(400, { message: 'Webhook body is not valid JSON.' });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return answer(400, { message: 'Webhook body must be a JSON object with the changed document.' });
  }

  // Once per idempotency key and per signature: the same signed request sent again (a replay, or a retry of one
  // that already succeeded) is answered 200 so the sender stops, and changes nothing. Remembered for as long as
  // the signature could still pass the age check.
  const keepUntil = (deps.now?.() ?? Date.now()) + MAX_SIGNATURE_AGE_MS + 2 * MAX_CLOCK_SKEW_MS;
  const keys = deliveryKeys({ timestamp: check.timestamp, body: rawBody }, request.headers.get(IDEMPOTENCY_KEY_HEADER));
  // One key after the other, the signed one first: of requests arriving at once, exactly one claims it and only
  // that one goes on to the idempotency key (claimed in parallel, each could win one key and all be refused).
  for (const key of keys) {
    if (!(await deps.deliveries.claim(key, keepUntil))) {
      log('ignored: this delivery was already accepted');
      return answer(200, { revalidated: false, tags: [], duplicate: true });
    }
  }

  const tags = tagsForChangedDocument(document as { _type?: unknown; slug?: unknown });
  if (tags.length > 0) deps.revalidate(tags);
  log(`revalidated ${tags.length > 0 ? tags.join(', ') : 'nothing'}`);
  return answer(200, { revalidated: tags.length > 0, tags });
}
