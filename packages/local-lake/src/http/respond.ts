// Response helpers shared by every endpoint: JSON bodies, Sanity-shaped errors and CORS headers for browsers.
import type { IncomingMessage } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';
import type { CorsPolicy } from '../cors.ts';

export type LakeRequest = IncomingMessage | Http2ServerRequest;

/** The part of `http.ServerResponse` / `http2.Http2ServerResponse` the lake uses, so both servers share handlers. */
export interface LakeResponse {
  writeHead(status: number, headers?: Record<string, string>): unknown;
  write(chunk: string | Uint8Array): boolean;
  end(data?: string | Uint8Array): unknown;
  readonly headersSent: boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Thrown by handlers to answer with an error status; caught by the router. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, message: string, body?: unknown) {
    super(message);
    this.status = status;
    this.body = body ?? { statusCode: status, error: STATUS_NAMES[status] ?? 'Error', message };
  }
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  426: 'Upgrade Required',
  500: 'Internal Server Error',
};

const corsPolicies = new WeakMap<object, CorsPolicy>();

/** Makes `policy` decide the CORS headers of every answer to `req` (set by the router for each request). */
export function useCorsPolicy(req: LakeRequest, policy: CorsPolicy): void {
  corsPolicies.set(req, policy);
}

/**
 * CORS headers for an answer to `req`: the grant for an allowed `Origin` (credentials only where allowed), none
 * for any other origin, so the browser keeps the answer from that page (src/cors.ts).
 */
export function corsHeaders(req: LakeRequest): Record<string, string> {
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' ? corsPolicies.get(req)?.lookup(origin) : null;
  if (!allowed) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': allowed.origin,
    ...(allowed.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      (req.headers['access-control-request-headers'] as string | undefined) ??
      'authorization, content-type, x-sanity-project-id, x-sanity-dataset, cache-control, last-event-id',
    'access-control-expose-headers': 'content-type, x-sanity-shard, x-served-by',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

export function sendJson(req: LakeRequest, res: LakeResponse, status: number, body: unknown): void {
  sendJsonText(req, res, status, JSON.stringify(body));
}

/** Sends a body that is already JSON text. */
export function sendJsonText(req: LakeRequest, res: LakeResponse, status: number, payload: string): void {
  res.writeHead(status, {
    ...corsHeaders(req),
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    'cache-control': 'no-store',
  });
  res.end(payload);
}

const MAX_BODY_BYTES = 50 * 1024 * 1024;

export async function readBody(req: LakeRequest, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `Request body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(req: LakeRequest): Promise<unknown> {
  const body = await readBody(req);
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, `Request body is not valid JSON: ${(error as Error).message}`);
  }
}
