import { decodeSignatureHeader, isValidSignature } from '@sanity/webhook';

/**
 * How old a signed webhook may be. Sanity signs `<timestamp>.<body>`, so a captured request stays valid for
 * ever unless the receiver bounds its age; five minutes covers Sanity's delivery retries' first attempts and
 * clock skew while keeping a replayed request useless.
 */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000;
/** A timestamp slightly in the future is clock skew; far in the future is a forgery attempt. */
export const MAX_CLOCK_SKEW_MS = 60 * 1000;

/** A valid check carries the signed timestamp (ms since the epoch). */
export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; reason: string };

/**
 * Checks a `sanity-webhook-signature` header (`t=<ms>,v1=<HMAC>`) against the raw body, the shared secret and
 * the current time. The HMAC itself is checked by @sanity/webhook, the age by us (the library does not).
 */
export async function checkWebhookSignature(
  rawBody: string,
  header: string | null,
  secret: string,
  now: number = Date.now(),
): Promise<SignatureCheck> {
  if (!header) return { valid: false, reason: 'missing signature header' };
  let timestamp: number;
  try {
    timestamp = decodeSignatureHeader(header).timestamp;
  } catch {
    return { valid: false, reason: 'malformed signature header' };
  }
  if (now - timestamp > MAX_SIGNATURE_AGE_MS) return { valid: false, reason: 'signature is too old' };
  if (timestamp - now > MAX_CLOCK_SKEW_MS) return { valid: false, reason: 'signature is dated in the future' };
  if (rawBody === '') return { valid: false, reason: 'empty body' };
  if (!(await isValidSignature(rawBody, header, secret))) return { valid: false, reason: 'signature does not match' };
  return { valid: true, timestamp };
}
