// Runs queries off the request-serving thread: a small pool of worker threads (query-worker.ts), each with a copy
// of the documents, started as queries come to wait for one. A query gets the first free worker; when it runs past the time limit its worker is terminated
// and replaced, and the query answers a 400 `queryLimitError`. Meanwhile the main thread keeps serving requests
// and the other workers keep answering queries.
import { Worker } from 'node:worker_threads';
import type { DocumentStore } from '../store/document-store.ts';
import type { SanityDocument } from '../store/types.ts';
import { checkParams, QueryError, type QueryErrorBody } from './parse-query.ts';
import type { QueryInput } from './query-engine.ts';
import type { QueryLimits } from './query-limits.ts';

export type WorkerRequest =
  | { kind: 'load'; seq: number; bodies: readonly string[] }
  | { kind: 'changes'; seq: number; changes: Array<{ id: string; after: SanityDocument | null }> }
  | { kind: 'query'; id: number; input: QueryInput };

export type WorkerReply =
  | { id: 0; ready: true }
  | { id: number; ok: true; resultJson: string; sourceMapJson: string | undefined }
  | { id: number; ok: false; status: number; body: QueryErrorBody }
  | { id: number; ok: false; status: 500; message: string };

/** A query's answer as JSON text, ready to be spliced into the response body. */
export interface QueryJson {
  resultJson: string;
  sourceMapJson: string | undefined;
}

interface Job {
  id: number;
  input: QueryInput;
  resolve: (answer: QueryJson) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Loaded and listening: a booting worker takes no query, so its start-up never counts against the limit. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_FILE = new URL('./query-worker.ts', import.meta.url);

/**
 * A worker's young generation (where each query's short-lived objects go), in MB. Left to V8, it is sized from the
 * heap limit, and the garbage of building a view's indexes stays resident: with 50,000 documents, the lake process
 * held 621 MB after a few searches with V8's size and 439 MB with this one (`npm run bench -w @clinic/local-lake
 * -- --generated 50000` prints it).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export class QueryWorkers {
  readonly #store: DocumentStore;
  readonly #limits: QueryLimits;
  readonly #log: (line: string) => void;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  readonly #unsubscribe: () => void;
  #nextId = 1;
  #closed = false;

  constructor(store: DocumentStore, limits: QueryLimits, log: (line: string) => void) {
    this.#store = store;
    this.#limits = limits;
    this.#log = log;
    this.#unsubscribe = store.onCommit((transaction) => {
      const message: WorkerRequest = {
        kind: 'changes',
        seq: transaction.seq,
        changes: transaction.changes.map((change) => ({ id: change.id, after: change.after })),
      };
      for (const slot of this.#slots) slot.worker.postMessage(message);
    });
  }

  /**
   * Runs a query on the next free worker. Resolves with the result as JSON text; rejects with a `QueryError`
   * (the query's fault: syntax, depth, time or size limit) or another Error (a fault in the lake).
   */
  run(input: QueryInput): Promise<QueryJson> {
    if (this.#closed) return Promise.reject(new Error('The lake is shutting down'));
    try {
      checkParams(input.query, input.params);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return new Promise<QueryJson>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, input, resolve, reject });
      this.#grow();
      this.#dispatch();
    });
  }

  /**
   * Starts another worker when more queries wait than there are workers without a query, up to the limit. Each
   * worker holds its own copy of the documents, so a lake that only takes writes (imports, tests) starts none,
   * and one whose queries come one at a time keeps one.
   */
  #grow(): void {
    const idle = this.#slots.filter((slot) => !slot.job).length;
    if (this.#queue.length <= idle || this.#slots.length >= this.#limits.workers) return;
    const slot: Slot = { worker: null as unknown as Worker, ready: false, job: null, timer: null };
    this.#startWorker(slot);
    this.#slots.push(slot);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#unsubscribe();
    for (const job of this.#queue.splice(0)) job.reject(new Error('The lake is shutting down'));
    await Promise.all(
      this.#slots.map((slot) => {
        slot.job?.reject(new Error('The lake is shutting down'));
        if (slot.timer) clearTimeout(slot.timer);
        return slot.worker.terminate();
      }),
    );
  }

  /** Gives the slot a new worker holding the current documents. */
  #startWorker(slot: Slot): void {
    const worker = new Worker(WORKER_FILE, {
      workerData: { maxResultBytes: this.#limits.maxResultBytes },
      resourceLimits: {
        maxOldGenerationSizeMb: this.#limits.workerHeapMb,
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      },
    });
    worker.postMessage({
      kind: 'load',
      seq: this.#store.lastSeq,
      bodies: this.#store.bodies(),
    } satisfies WorkerRequest);
    worker.on('message', (reply: WorkerReply) => this.#settle(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => this.#crashed(slot, error));
    worker.unref();
    slot.worker = worker;
    slot.ready = false;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      while (slot.ready && !slot.job && this.#queue.length > 0) this.#start(slot, this.#queue.shift() as Job);
    }
  }

  #start(slot: Slot, job: Job): void {
    try {
      slot.worker.postMessage({ kind: 'query', id: job.id, input: job.input } satisfies WorkerRequest);
    } catch (error) {
      // The input cannot be copied to the worker (a value the structured clone refuses): the request's fault.
      job.reject(
        new QueryError({
          description: `The query's parameters cannot be evaluated: ${(error as Error).message}`,
          type: 'queryLimitError',
          query: job.input.query,
        }),
      );
      return;
    }
    slot.job = job;
    slot.timer = setTimeout(() => this.#timedOut(slot), this.#limits.timeoutMs);
  }

  #settle(slot: Slot, reply: WorkerReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      this.#dispatch();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    this.#free(slot);
    if (reply.ok) job.resolve({ resultJson: reply.resultJson, sourceMapJson: reply.sourceMapJson });
    else if ('body' in reply) job.reject(new QueryError(reply.body, reply.status));
    else job.reject(new Error(reply.message));
    this.#dispatch();
  }

  #timedOut(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    this.#replace(slot);
    job.reject(
      new QueryError({
        description: `Query ran longer than the limit of ${this.#limits.timeoutMs} ms (LOCAL_LAKE_QUERY_TIMEOUT_MS) and was stopped`,
        type: 'queryLimitError',
        query: job.input.query,
      }),
    );
    this.#dispatch();
  }

  #crashed(slot: Slot, error: Error & { code?: string }): void {
    const job = slot.job;
    this.#replace(slot);
    if (job && error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      job.reject(
        new QueryError({
          description: `Query needed more than ${this.#limits.workerHeapMb} MB of memory and was stopped`,
          type: 'queryLimitError',
          query: job.input.query,
        }),
      );
    } else {
      this.#log(
        `query worker failed${job ? ` on ${JSON.stringify(job.input.query)}` : ''}: ${error.stack ?? error.message}`,
      );
      job?.reject(error);
    }
    this.#dispatch();
  }

  #free(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  /** Stops a slot's worker (whatever it is doing) and puts a fresh one in its place. */
  #replace(slot: Slot): void {
    this.#free(slot);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.#closed) this.#startWorker(slot);
  }
}
