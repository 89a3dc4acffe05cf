/** Webhook bodies are one projected document; anything this large is not a webhook we sent. */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {}

/**
 * Reads a request body as text, giving up as soon as it passes `limit` bytes — checked against the declared
 * Content-Length first and then while streaming, so a lying or absent header cannot make the server buffer more.
 */
export async function readBodyWithLimit(request: Request, limit: number = MAX_WEBHOOK_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(`body of ${declared} bytes`);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(`body over ${limit} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
