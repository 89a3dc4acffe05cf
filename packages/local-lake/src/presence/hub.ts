// Presence: who is in which document, and on which field. The Studio speaks JSON-RPC 2.0 over a WebSocket
// (Sanity's "bifur" protocol, as `@sanity/bifur-client` and the Studio's presence store use it):
//   → {jsonrpc: '2.0', id, method, params}            ← {jsonrpc: '2.0', id, result} or {jsonrpc, id, error}
//   authorization        {authorization: 'Bearer <token>'}   signs the socket in as that user
//   presence_subscribe   {}                                  result: a subscription id; then, for every event
//                                                            ← {jsonrpc, method: 'presence_subscription',
//                                                               params: {subscription, result: <event>}}
//   presence_unsubscribe {subscriptionId}
//   presence_rollcall    {session}                          → others get {type: 'rollCall', i: userId, session}
//   presence_announce    {data: {sessionId, locations}}     → others get {type: 'state', i: userId, m: data}
//   presence_disconnect  {session}                          → others get {type: 'disconnect', i, m: {session}}
// A socket that closes disconnects every session it announced. `♥` is the heartbeat, sent every 25 seconds.
// Events go to every other socket of the same dataset; the sender's own Studio already knows its state.
import { randomUUID } from 'node:crypto';
import type { LakeUser } from '../users.ts';

export const HEARTBEAT = '♥';
const HEARTBEAT_INTERVAL_MS = 25_000;

/** JSON-RPC 2.0 error codes (https://www.jsonrpc.org/specification#error_object), as bifur uses them. */
const RPC_ERRORS = {
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
} as const;

/** A WebSocket close code bifur uses for a refused token. */
export const CLOSE_UNAUTHORIZED = 4001;

/** The transport side of one socket: send a text frame, or close with a WebSocket close code. */
export interface PresencePeer {
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** What a presence event says, as the Studio's presence store reads it. */
type PresenceEvent =
  | { type: 'rollCall'; i: string; session: string }
  | { type: 'state'; i: string; m: { sessionId: string; locations: unknown[] } }
  | { type: 'disconnect'; i: string; m: { session: string } };

interface Connection {
  peer: PresencePeer;
  dataset: string;
  user: LakeUser | null;
  /** Presence subscription ids this socket holds. */
  subscriptions: Set<string>;
  /** Sessions announced over this socket: they disconnect when it closes. */
  sessions: Set<string>;
}

interface RpcRequest {
  id: string | number | null;
  method: string;
  params: Record<string, unknown>;
}

class RpcError extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

/** The sockets of one lake and the presence events between them. */
export class PresenceHub {
  readonly #connections = new Set<Connection>();
  readonly #heartbeat = setInterval(() => {
    for (const connection of this.#connections) connection.peer.send(HEARTBEAT);
  }, HEARTBEAT_INTERVAL_MS).unref();

  /**
   * Registers a socket for `dataset`, signed in as `user` when its upgrade request carried a token, and returns
   * what the transport calls for each text frame and once the socket has closed. `findUser` resolves the token of
   * an `authorization` call.
   */
  connect(
    peer: PresencePeer,
    dataset: string,
    user: LakeUser | null,
    findUser: (token: string) => LakeUser | null,
  ): { receive(text: string): void; closed(): void } {
    const connection: Connection = { peer, dataset, user, subscriptions: new Set(), sessions: new Set() };
    this.#connections.add(connection);
    return {
      receive: (text) => this.#receive(connection, text, findUser),
      closed: () => {
        this.#connections.delete(connection);
        for (const session of connection.sessions) this.#disconnect(connection, session);
      },
    };
  }

  /** Closes every socket (the lake is stopping). */
  close(): void {
    clearInterval(this.#heartbeat);
    for (const connection of this.#connections) connection.peer.close(1001, 'The local lake is stopping');
    this.#connections.clear();
  }

  #receive(connection: Connection, text: string, findUser: (token: string) => LakeUser | null): void {
    let request: RpcRequest;
    try {
      request = parseRequest(text);
    } catch (error) {
      const { code, message } = error as RpcError;
      connection.peer.send(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
      return;
    }
    const reply = (body: { result: unknown } | { error: { code: number; message: string } }) =>
      connection.peer.send(JSON.stringify({ jsonrpc: '2.0', id: request.id, ...body }));
    try {
      if (request.method === 'authorization') {
        const match = /^Bearer\s+(.+)$/i.exec(stringParam(request.params, 'authorization').trim());
        const user = match ? findUser(match[1]!) : null;
        if (!user) {
          connection.peer.close(CLOSE_UNAUTHORIZED, 'Unknown token');
          return;
        }
        connection.user = user;
        reply({ result: { id: user.id } });
        return;
      }
      reply({ result: this.#presenceCall(connection, request) });
    } catch (error) {
      if (!(error instanceof RpcError)) throw error;
      reply({ error: { code: error.code, message: error.message } });
    }
  }

  #presenceCall(connection: Connection, { method, params }: RpcRequest): unknown {
    const user = connection.user;
    if (!user) throw new RpcError(RPC_ERRORS.invalidRequest, `${method} needs an authorization call first`);
    switch (method) {
      case 'presence_subscribe': {
        const subscription = randomUUID();
        connection.subscriptions.add(subscription);
        return subscription;
      }
      case 'presence_unsubscribe':
        return connection.subscriptions.delete(stringParam(params, 'subscriptionId'));
      case 'presence_rollcall':
        this.#broadcast(connection, {
          type: 'rollCall',
          i: user.id,
          session: stringParam(params, 'session'),
        });
        return true;
      case 'presence_announce': {
        const data = params.data as { sessionId?: unknown; locations?: unknown } | undefined;
        if (typeof data?.sessionId !== 'string' || data.sessionId === '' || !Array.isArray(data.locations))
          throw new RpcError(
            RPC_ERRORS.invalidParams,
            'presence_announce needs data: {sessionId, locations: []}',
          );
        connection.sessions.add(data.sessionId);
        this.#broadcast(connection, {
          type: 'state',
          i: user.id,
          m: { sessionId: data.sessionId, locations: data.locations },
        });
        return true;
      }
      case 'presence_disconnect': {
        const session = stringParam(params, 'session');
        connection.sessions.delete(session);
        this.#disconnect(connection, session);
        return true;
      }
      default:
        throw new RpcError(RPC_ERRORS.methodNotFound, `The local lake does not offer "${method}"`);
    }
  }

  #disconnect(from: Connection, session: string): void {
    if (from.user) this.#broadcast(from, { type: 'disconnect', i: from.user.id, m: { session } });
  }

  #broadcast(from: Connection, event: PresenceEvent): void {
    for (const connection of this.#connections) {
      if (connection === from || connection.dataset !== from.dataset) continue;
      for (const subscription of connection.subscriptions) {
        connection.peer.send(
          JSON.stringify({
            jsonrpc: '2.0',
            method: 'presence_subscription',
            params: { subscription, result: event },
          }),
        );
      }
    }
  }
}

function parseRequest(text: string): RpcRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RpcError(RPC_ERRORS.parse, 'The message is not valid JSON');
  }
  const { id, method, params } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (typeof method !== 'string')
    throw new RpcError(RPC_ERRORS.invalidRequest, 'Expected a JSON-RPC 2.0 request with a "method"');
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params)))
    throw new RpcError(RPC_ERRORS.invalidParams, '"params" must be an object');
  return {
    id: typeof id === 'string' || typeof id === 'number' ? id : null,
    method,
    params: (params ?? {}) as Record<string, unknown>,
  };
}

function stringParam(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '')
    throw new RpcError(RPC_ERRORS.invalidParams, `"${name}" must be a non-empty string`);
  return value;
}
