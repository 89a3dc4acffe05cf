// `/data/listen` subscribers: each has a GROQ filter; after every committed transaction each subscriber gets one
// `mutation` event per changed document its filter matches (before or after the change), with the revision
// chain (`previousRev` → `resultRev`), the query-relative `transition` and mendoza `effects` the Studio applies.
import { randomBytes } from 'node:crypto';
import { evaluateSync, toJS, type parse } from 'groq-js';
import { escapeKeys, escapeParams } from '../groq/names.ts';
import { isDraftId, isSystemId, isVersionId } from '../store/ids.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { CommittedTransaction, DocumentChange, SanityDocument } from '../store/types.ts';
import { mendozaEffects } from '../store/mendoza-diff.ts';
import type { SseStream } from './sse.ts';

export interface ListenOptions {
  filter: ReturnType<typeof parse>;
  params: Record<string, unknown>;
  includeResult: boolean;
  includePreviousRevision: boolean;
  includeMutations: boolean;
  includeAllVersions: boolean;
  /** May see drafts and versions (has the token). */
  authenticated: boolean;
  effectFormat: 'mendoza' | undefined;
  visibility: string;
}

interface Listener {
  stream: SseStream;
  options: ListenOptions;
}

/** How long one listener's filter may take over the documents of one transaction. */
export const LISTEN_FILTER_BUDGET_MS = 250;

export class ListenHub {
  readonly #listeners = new Set<Listener>();
  readonly #unsubscribe: () => void;

  constructor(store: DocumentStore) {
    this.#unsubscribe = store.onCommit((transaction) => this.#broadcast(transaction));
  }

  add(stream: SseStream, options: ListenOptions): void {
    const listener = { stream, options };
    this.#listeners.add(listener);
    stream.onClose(() => this.#listeners.delete(listener));
    stream.send('welcome', { listenerName: `local-${randomBytes(8).toString('hex')}` });
  }

  close(): void {
    this.#unsubscribe();
    this.#listeners.clear();
  }

  #broadcast(transaction: CommittedTransaction): void {
    const effects = new Map<string, ReturnType<typeof mendozaEffects>>();
    const effectsOf = (change: DocumentChange) => {
      let value = effects.get(change.id);
      if (!value) {
        value = mendozaEffects(change.before, change.after);
        effects.set(change.id, value);
      }
      return value;
    };
    for (const listener of this.#listeners) {
      const started = performance.now();
      const matching = transaction.changes
        .map((change) => ({ change, match: matchOf(listener.options, change) }))
        .filter((entry) => entry.match.before || entry.match.after);
      if (performance.now() - started > LISTEN_FILTER_BUDGET_MS) {
        // A filter this slow would hold up every request at each commit: the listener is closed, as the
        // Content Lake closes a listener it cannot serve (`channelError`).
        listener.stream.send('channelError', {
          message: `The listener's filter took longer than ${LISTEN_FILTER_BUDGET_MS} ms to check one transaction and was stopped`,
        });
        this.#listeners.delete(listener);
        listener.stream.end();
        continue;
      }
      matching.forEach(({ change, match }, index) => {
        const event = mutationEvent(transaction, change, listener.options, {
          transition: match.before && match.after ? 'update' : match.after ? 'appear' : 'disappear',
          total: matching.length,
          current: index + 1,
          effects: listener.options.effectFormat === 'mendoza' ? effectsOf(change) : undefined,
        });
        listener.stream.send('mutation', event, event.eventId as string);
      });
    }
  }
}

function matchOf(options: ListenOptions, change: DocumentChange): { before: boolean; after: boolean } {
  if (!options.authenticated && (isDraftId(change.id) || isVersionId(change.id) || isSystemId(change.id)))
    return { before: false, after: false };
  if (!options.includeAllVersions && isVersionId(change.id)) return { before: false, after: false };
  return { before: matches(options, change.before), after: matches(options, change.after) };
}

function matches(options: ListenOptions, doc: SanityDocument | null): boolean {
  if (!doc) return false;
  try {
    const result = toJS(
      evaluateSync(options.filter, { dataset: [escapeKeys(doc)], params: escapeParams(options.params) }),
    ) as unknown;
    return Array.isArray(result) ? result.length > 0 : Boolean(result);
  } catch {
    return false;
  }
}

function mutationEvent(
  transaction: CommittedTransaction,
  change: DocumentChange,
  options: ListenOptions,
  extra: {
    transition: 'update' | 'appear' | 'disappear';
    total: number;
    current: number;
    effects: ReturnType<typeof mendozaEffects> | undefined;
  },
): Record<string, unknown> {
  const event: Record<string, unknown> = {
    eventId: `${transaction.id}#${change.id}`,
    documentId: change.id,
    transactionId: transaction.id,
    identity: transaction.author,
    timestamp: transaction.timestamp,
    transition: extra.transition,
    visibility: options.visibility,
    resultRev: change.after ? change.after._rev : transaction.id,
    transactionTotalEvents: extra.total,
    transactionCurrentEvent: extra.current,
  };
  // A document that did not exist has no previous revision; the Studio chains revisions from `undefined`.
  if (change.before) event.previousRev = change.before._rev;
  if (options.includeMutations) event.mutations = change.mutations ?? [];
  if (options.includeResult && change.after) event.result = change.after;
  if (options.includePreviousRevision && change.before) event.previous = change.before;
  if (extra.effects) event.effects = extra.effects;
  return event;
}
