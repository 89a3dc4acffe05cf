// Signs webhook bodies the way Sanity does, so `@sanity/webhook`'s isValidSignature (used by next-sanity's
// parseBody) accepts them: header `t=<ms>,v1=<base64url HMAC-SHA256 of "<ms>.<body>">`.
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'sanity-webhook-signature';

export function signatureHeader(body: string, secret: string, timestamp = Date.now()): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url');
  return `t=${timestamp},v1=${digest}`;
}
