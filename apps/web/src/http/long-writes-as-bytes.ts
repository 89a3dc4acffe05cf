// A response body of more than 60 Ki characters that Next hands to Node as a string is handed on as the UTF-8
// bytes it stands for. Installed once per server by `src/instrumentation.ts`.
//
// Why: Node writes a response's first chunk joined to its head as one string. Past 65,536 characters, when the
// string is not pure ASCII (every page has a ’ or an é), V8 flattens it on a slower path and the server spends six
// to nine times the CPU per request of a page just under it; the same bytes as a Buffer cost what a short page
// costs (`npm run bench:string-write`, scripts/load/README.md "Page weight"). Next answers every cached page with
// `res.end(html)`, a string, so without this a long article, or any page that grows, falls off that cliff. The
// bytes sent are the same: only the type of the argument changes.
import http from 'node:http';

/** Characters past which a string chunk is written as bytes: under Node's 64 Ki single write, head included. */
export const LONG_STRING = 60 * 1024;

/**
 * `chunk` as a Buffer when it is a string of more than LONG_STRING characters (encoded with `encoding`, a Node
 * BufferEncoding, default utf8); anything else unchanged.
 */
export function asBytes(chunk: unknown, encoding?: unknown): unknown {
  if (typeof chunk !== 'string' || chunk.length <= LONG_STRING) return chunk;
  return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

type Write = (this: http.ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) => unknown;

// Replaces only a long string chunk; its encoding argument is then spent (a Buffer has none), the callback kept.
function withBytes(original: Write): Write {
  return function writeLongStringAsBytes(this: http.ServerResponse, chunk, encoding, callback) {
    const bytes = asBytes(chunk, encoding);
    if (bytes === chunk) return original.call(this, chunk, encoding, callback);
    return original.call(this, bytes, typeof encoding === 'function' ? encoding : callback);
  };
}

const INSTALLED = Symbol.for('clinic.longWritesAsBytes');

/** Makes every `ServerResponse.write` and `end` of this process write long strings as bytes. Idempotent. */
export function installLongWritesAsBytes(): void {
  const prototype = http.ServerResponse.prototype as unknown as Record<string | symbol, unknown>;
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  prototype.write = withBytes(prototype.write as Write);
  prototype.end = withBytes(prototype.end as Write);
}
