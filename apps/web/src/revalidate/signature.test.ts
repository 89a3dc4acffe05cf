/** @jest-environment node */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { checkWebhookSignature, MAX_SIGNATURE_AGE_MS } from './signature.ts';

const SECRET = 'a-webhook-secret-of-enough-length';
const NOW = Date.parse('2026-03-01T12:00:00Z');
const BODY = JSON.stringify({ _type: 'article', slug: 'ketamine-for-crps-what-to-expect' });

/** Signs like Sanity's webhook delivery: HMAC-SHA256 over "<ms>.<body>", base64url, in `t=…,v1=…`. */
function sign(body: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')}`;
}

describe('checkWebhookSignature', () => {
  it('accepts a fresh signature made with the shared secret', async () => {
    await expect(checkWebhookSignature(BODY, sign(BODY, SECRET, NOW - 1000), SECRET, NOW)).resolves.toEqual({ valid: true, timestamp: NOW - 1000 });
  });

  it('refuses a missing or malformed header', async () => {
    expect(await checkWebhookSignature(BODY, null, SECRET, NOW)).toMatchObject({ valid: false, reason: 'missing signature header' });
    expect(await checkWebhookSignature(BODY, 'v1=abc', SECRET, NOW)).toMatchObject({ valid: false, reason: 'malformed signature header' });
  });

  it('refuses a signature made with another secret', async () => {
    const check = await checkWebhookSignature(BODY, sign(BODY, 'somebody-elses-secret-value', NOW), SECRET, NOW);
    expect(check).toMatchObject({ valid: false, reason: 'signature does not match' });
  });

  it('refuses a body changed after signing', async () => {
    const tampered = BODY.replace('article', 'clinic');
    expect(await checkWebhookSignature(tampered, sign(BODY, SECRET, NOW), SECRET, NOW)).toMatchObject({ valid: false });
  });

  it('refuses a replayed signature older than five minutes, even though the HMAC is right', async () => {
    const old = NOW - MAX_SIGNATURE_AGE_MS - 1;
    expect(await checkWebhookSignature(BODY, sign(BODY, SECRET, old), SECRET, NOW)).toMatchObject({
      valid: false,
      reason: 'signature is too old',
    });
    const justInTime = NOW - MAX_SIGNATURE_AGE_MS + 1000;
    expect(await checkWebhookSignature(BODY, sign(BODY, SECRET, justInTime), SECRET, NOW)).toEqual({ valid: true, timestamp: justInTime });
  });

  it('refuses a signature dated well in the future', async () => {
    const future = NOW + 10 * 60 * 1000;
    expect(await checkWebhookSignature(BODY, sign(BODY, SECRET, future), SECRET, NOW)).toMatchObject({ valid: false });
  });
});
