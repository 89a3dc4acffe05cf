// Requests Node's HTTP parser refuses before any handler runs (a URL and headers over `http.maxHeaderSize`, a
// malformed request line). Node would answer them with a bare status and no body; the lake answers a JSON error
// like every other refusal, so a client can read why (a GET query that long has to be sent with POST).
import http from 'node:http';
import type { Duplex } from 'node:stream';

const DRAIN_MS = 1000;
const answered = new WeakSet<Duplex>();
const REASONS: Record<number, string> = { 400: 'Bad Request', 431: 'Request Header Fields Too Large' };

export function answerClientErrors(server: http.Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (answered.has(socket)) return; // the rest of a refused request, being drained
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    answered.add(socket);
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const message = tooLarge
      ? `The request line and headers are larger than ${http.maxHeaderSize} bytes; send a long query with POST /data/query`
      : `Malformed HTTP request (${error.code ?? error.message})`;
    const body = JSON.stringify({ statusCode: status, error: REASONS[status], message });
    socket.write(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    // The client may still be sending the rest of its request; closing now would reset the connection before it
    // reads the answer. Read and drop what it sends (a second at most), then close.
    const close = () => socket.destroy();
    const timer = setTimeout(close, DRAIN_MS);
    socket.on('data', () => undefined);
    socket.once('end', () => {
      clearTimeout(timer);
      socket.end();
    });
    socket.resume();
  });
}
