// `GET /vYYYY-MM-DD/socket/:dataset` with `Upgrade: websocket`: the presence socket, on the plain HTTP port and on
// the TLS port (Chromium opens WebSockets over HTTP/1.1, which the HTTP/2 server accepts with `allowHTTP1`).
// Any other upgrade request, or an unknown dataset, is answered with a plain HTTP error and closed.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../auth.ts';
import { DATASETS } from '../config.ts';
import type { LakeServices } from '../http/context.ts';
import type { PresenceHub } from './hub.ts';

const SOCKET_PATH = /^\/v(?:\d{4}-\d{2}-\d{2}|1|X)\/socket\/([^/]+)\/?$/;
/** Presence messages are a few hundred bytes; anything far larger is a mistake or abuse. */
const MAX_MESSAGE_BYTES = 256 * 1024;

interface UpgradeSource {
  on(event: 'upgrade', listener: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): unknown;
}

/** Answers WebSocket upgrades on `server` for the presence socket of `hub`. */
export function acceptPresenceSockets(server: UpgradeSource, hub: PresenceHub, lake: LakeServices): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://lake.invalid');
    const dataset = SOCKET_PATH.exec(url.pathname)?.[1];
    // Browsers apply no CORS to WebSockets: the lake checks the page's origin itself.
    const origin = req.headers.origin;
    if (typeof origin === 'string' && !lake.cors.lookup(origin)?.allowCredentials) {
      refuse(socket, 403, `Origin ${origin} is not allowed (local-lake cors add <origin> --credentials)`);
      return;
    }
    if (dataset === undefined || !(DATASETS as readonly string[]).includes(dataset)) {
      lake.options.log(`UNKNOWN ENDPOINT WebSocket ${url.pathname} — answered 404`);
      refuse(socket, 404, `No WebSocket endpoint at ${url.pathname}`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const connection = hub.connect(
        {
          send: (text) => ws.send(text),
          close: (code, reason) => ws.close(code, reason),
        },
        dataset,
        lake.users.byToken(bearerToken(req)),
        (token) => lake.users.byToken(token),
      );
      ws.on('message', (data, isBinary) => {
        if (!isBinary) connection.receive(data.toString());
      });
      ws.on('close', () => connection.closed());
      ws.on('error', () => ws.terminate());
    });
  });
}

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ statusCode: status, error: 'Not Found', message });
  socket.end(
    `HTTP/1.1 ${status} Not Found\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
