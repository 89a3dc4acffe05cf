// The documents of one dataset: SQLite is the truth; an in-memory map mirrors each document's JSON text, so reads
// and the query workers' copies (groq/query-workers.ts) do not touch the disk. The mirror keeps text rather than
// parsed objects because only the query workers evaluate GROQ over every document: the main thread reads a few
// documents per request, and text takes about a third of the memory of the objects (a third of 93 MB at 50,000).
// Every change goes through `commit`, which writes one SQLite transaction and only then updates the mirror and
// tells listeners, so nobody ever sees (or is acknowledged) a write that is not on disk.
import { EventEmitter } from 'node:events';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './database.ts';
import type { CommittedTransaction, DocumentChange, SanityDocument } from './types.ts';

export interface TransactionInput {
  id: string;
  timestamp: string;
  author: string;
  changes: DocumentChange[];
  mutations: unknown[];
}

export class DocumentStore {
  readonly #db: DatabaseSync;
  /** Each document's JSON text (as `JSON.stringify` wrote it), by `_id`. */
  readonly #bodies = new Map<string, string>();
  /** The ids of each `_type`'s documents. */
  readonly #idsByType = new Map<string, Set<string>>();
  readonly #events = new EventEmitter();
  #lastSeq = 0;

  constructor(db: DatabaseSync) {
    this.#db = db;
    const rows = db.prepare('SELECT id, type, body FROM documents').iterate() as Iterable<{
      id: string;
      type: string;
      body: string;
    }>;
    for (const row of rows) this.#remember(row.id, row.type, row.body);
    const last = db.prepare('SELECT MAX(seq) AS seq FROM transactions').get() as { seq: number | null };
    this.#lastSeq = last.seq ?? 0;
    this.#events.setMaxListeners(0);
  }

  get size(): number {
    return this.#bodies.size;
  }

  /** Sequence number of the last committed transaction; changes whenever the content does. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /** The stored document `id` (any perspective), a fresh copy the caller may change; undefined when there is none. */
  get(id: string): SanityDocument | undefined {
    const body = this.#bodies.get(id);
    return body === undefined ? undefined : (JSON.parse(body) as SanityDocument);
  }

  /** The ids of every stored document (all perspectives), in the order they were first stored. */
  ids(): IterableIterator<string> {
    return this.#bodies.keys();
  }

  /** Every stored document's JSON text, in the order of `ids()`: what a query worker loads. */
  bodies(): string[] {
    return [...this.#bodies.values()];
  }

  /** The stored documents whose `_type` is `type`, as fresh copies. */
  ofType(type: string): SanityDocument[] {
    return [...(this.#idsByType.get(type) ?? [])].map((id) => this.get(id) as SanityDocument);
  }

  /**
   * The stored documents whose JSON text holds `value` as a JSON string anywhere (a field's value, an array item
   * or a key), as fresh copies: every document that could refer to the id `value`, found without parsing the rest.
   */
  mentioning(value: string): SanityDocument[] {
    const needle = JSON.stringify(value);
    const found: SanityDocument[] = [];
    for (const body of this.#bodies.values())
      if (body.includes(needle)) found.push(JSON.parse(body) as SanityDocument);
    return found;
  }

  /** The last revision of `id` that held a body (its content before a delete, when deleted); null if none. */
  lastStored(id: string): SanityDocument | null {
    const row = this.#db
      .prepare(
        'SELECT body FROM revisions WHERE doc_id = ? AND body IS NOT NULL ORDER BY tx_seq DESC LIMIT 1',
      )
      .get(id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as SanityDocument) : null;
  }

  transactionExists(id: string): boolean {
    return this.#db.prepare('SELECT 1 FROM transactions WHERE id = ?').get(id) !== undefined;
  }

  /**
   * Writes a transaction atomically. `prepare` runs inside the SQLite write transaction, so checks it makes
   * against current state (revisions, existence) cannot race another writer.
   */
  commit(
    build: (current: (id: string) => SanityDocument | undefined) => TransactionInput,
  ): CommittedTransaction {
    const written = inTransaction(this.#db, () => {
      const input = build((id) => this.get(id));
      const inserted = this.#db
        .prepare(
          'INSERT INTO transactions (id, timestamp, author, document_ids, mutations) VALUES (?, ?, ?, ?, ?) RETURNING seq',
        )
        .get(
          input.id,
          input.timestamp,
          input.author,
          JSON.stringify(input.changes.map((change) => change.id)),
          JSON.stringify(input.mutations),
        ) as { seq: number };
      const upsert = this.#db.prepare(
        'INSERT INTO documents (id, type, rev, body) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT(id) DO UPDATE SET type = excluded.type, rev = excluded.rev, body = excluded.body',
      );
      const remove = this.#db.prepare('DELETE FROM documents WHERE id = ?');
      const revision = this.#db.prepare(
        'INSERT INTO revisions (doc_id, tx_seq, rev, body) VALUES (?, ?, ?, ?)',
      );
      const bodies = new Map<string, string>();
      for (const change of input.changes) {
        if (change.after) {
          const body = JSON.stringify(change.after);
          bodies.set(change.id, body);
          upsert.run(change.id, change.after._type, change.after._rev, body);
          revision.run(change.id, inserted.seq, change.after._rev, body);
        } else {
          remove.run(change.id);
          revision.run(change.id, inserted.seq, input.id, null);
        }
      }
      return { committed: { ...input, seq: inserted.seq }, bodies };
    });
    const { committed, bodies } = written;
    // On disk now: update the mirror, then announce.
    for (const change of committed.changes) {
      if (change.after) this.#remember(change.id, change.after._type, bodies.get(change.id) as string);
      else this.#forget(change.id);
    }
    this.#lastSeq = committed.seq;
    this.#events.emit('commit', committed);
    return committed;
  }

  /** Stores `body` as document `id`'s text; an edited document keeps its place in `ids()`. */
  #remember(id: string, type: string, body: string): void {
    const before = this.#bodies.get(id);
    if (before !== undefined) this.#idsByType.get(typeIn(before))?.delete(id);
    this.#bodies.set(id, body);
    let ids = this.#idsByType.get(type);
    if (!ids) this.#idsByType.set(type, (ids = new Set()));
    ids.add(id);
  }

  #forget(id: string): void {
    const body = this.#bodies.get(id);
    if (body === undefined) return;
    this.#bodies.delete(id);
    this.#idsByType.get(typeIn(body))?.delete(id);
  }

  onCommit(listener: (transaction: CommittedTransaction) => void): () => void {
    this.#events.on('commit', listener);
    return () => this.#events.off('commit', listener);
  }
}

/** The `_type` of a stored document's JSON text. */
function typeIn(body: string): string {
  return (JSON.parse(body) as SanityDocument)._type;
}
