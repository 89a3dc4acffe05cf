// Server-sent events over HTTP/1.1 or HTTP/2: open a stream, write events, keep it alive with comments.
import { corsHeaders, type LakeRequest, type LakeResponse } from './respond.ts';

export interface SseStream {
  send(event: string, data: unknown, id?: string | number): void;
  comment(text: string): void;
  readonly closed: boolean;
  onClose(listener: () => void): void;
  /** Ends the response (the client sees the stream close). */
  end(): void;
}

const HEARTBEAT_MS = 25_000;

export function openSse(req: LakeRequest, res: LakeResponse): SseStream {
  const headers: Record<string, string> = {
    ...corsHeaders(req),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
  };
  if (req.httpVersionMajor === 1) headers.connection = 'keep-alive';
  res.writeHead(200, headers);
  let closed = false;
  const listeners: Array<() => void> = [];
  const write = (text: string) => {
    if (!closed) res.write(text);
  };
  const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const listener of listeners) listener();
  };
  res.on('close', close);
  req.on('close', close);
  write(': connected\n\n');
  return {
    send(event, data, id) {
      let text = '';
      if (id !== undefined) text += `id: ${id}\n`;
      text += `event: ${event}\n`;
      text += `data: ${JSON.stringify(data)}\n\n`;
      write(text);
    },
    comment(text) {
      write(`: ${text}\n\n`);
    },
    get closed() {
      return closed;
    },
    onClose(listener) {
      listeners.push(listener);
    },
    end() {
      if (closed) return;
      close();
      res.end();
    },
  };
}
