// Calls configured webhooks after each committed transaction, one request per matching changed document, signed
// like Sanity's. Delivery happens after the commit and never delays or fails a write; failures are retried a
// few times and logged loudly.
import { evaluate, parse } from 'groq-js';
import { DATASETS, PROJECT_ID } from '../config.ts';
import { isDraftId, isVersionId } from '../store/ids.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { CommittedTransaction, DocumentChange } from '../store/types.ts';
import {
  WebhookConfigError,
  type WebhookConfig,
  type WebhookConfigSource,
  type WebhookOperation,
} from './config.ts';
import { SIGNATURE_HEADER, signatureHeader } from './signature.ts';

const ATTEMPTS = 3;
const TIMEOUT_MS = 10_000;

export class WebhookDispatcher {
  readonly #source: WebhookConfigSource;
  readonly #log: (line: string) => void;
  readonly #unsubscribe: () => void;
  readonly #pending = new Set<Promise<void>>();

  constructor(store: DocumentStore, source: WebhookConfigSource, log: (line: string) => void) {
    this.#source = source;
    this.#log = log;
    this.#unsubscribe = store.onCommit((transaction) => this.#onCommit(transaction));
  }

  /** Resolves when every delivery started so far has finished (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  close(): void {
    this.#unsubscribe();
  }

  #onCommit(transaction: CommittedTransaction): void {
    let hooks: WebhookConfig[];
    try {
      hooks = this.#source.load();
    } catch (error) {
      if (error instanceof WebhookConfigError) {
        this.#log(`WEBHOOKS NOT SENT: ${error.message}`);
        return;
      }
      throw error;
    }
    for (const hook of hooks) {
      for (const change of transaction.changes) {
        const delivery = this.#deliver(hook, transaction, change).catch((error: unknown) => {
          this.#log(`webhook "${hook.name}" failed for ${change.id}: ${(error as Error).message}`);
        });
        this.#pending.add(delivery);
        void delivery.finally(() => this.#pending.delete(delivery));
      }
    }
  }

  async #deliver(
    hook: WebhookConfig,
    transaction: CommittedTransaction,
    change: DocumentChange,
  ): Promise<void> {
    const operation: WebhookOperation = !change.before ? 'create' : !change.after ? 'delete' : 'update';
    if (!hook.on.includes(operation)) return;
    if (!hook.includeDrafts && (isDraftId(change.id) || isVersionId(change.id))) return;
    const subject = change.after ?? change.before;
    const context = {
      before: change.before,
      after: change.after,
      params: {},
      sanity: { projectId: PROJECT_ID, dataset: DATASETS[0] },
    };
    const matched = (await (
      await evaluate(parse(`*[${hook.filter}]`), { ...context, dataset: [subject] })
    ).get()) as unknown;
    if (!Array.isArray(matched) || matched.length === 0) return;
    const projected = hook.projection
      ? ((await (
          await evaluate(parse(hook.projection), { ...context, root: subject, dataset: [subject] })
        ).get()) as unknown)
      : subject;
    const body = JSON.stringify(projected ?? null);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Sanity.io webhook delivery (local lake)',
      'sanity-project-id': PROJECT_ID,
      'sanity-dataset': DATASETS[0],
      'sanity-transaction-id': transaction.id,
      'sanity-transaction-time': transaction.timestamp,
      'sanity-document-id': change.id,
      'sanity-operation': operation,
      'sanity-webhook-id': hook.name,
      'idempotency-key': `${transaction.id}-${change.id}-${hook.name}`,
      ...hook.headers,
    };
    if (hook.secret) headers[SIGNATURE_HEADER] = signatureHeader(body, hook.secret);
    let lastError = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const response = await fetch(hook.url, {
          method: hook.httpMethod,
          headers,
          body: hook.httpMethod === 'GET' ? undefined : body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          this.#log(`webhook "${hook.name}" ${operation} ${change.id} → ${response.status}`);
          return;
        }
        lastError = `HTTP ${response.status}`;
        if (response.status < 500 && response.status !== 429) break; // the receiver said no; retrying will not help
      } catch (error) {
        lastError = (error as Error).message;
      }
      if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 250 * 4 ** (attempt - 1)));
    }
    throw new Error(`${lastError} after ${ATTEMPTS} attempts (${hook.url})`);
  }
}
