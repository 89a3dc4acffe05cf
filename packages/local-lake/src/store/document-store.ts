// The documents of one dataset: SQLite is the truth, an in-memory map mirrors it for fast GROQ evaluation.
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
  readonly #documents = new Map<string, SanityDocument>();
  readonly #events = new EventEmitter();
  #allCache: SanityDocument[] | null = null;
  #lastSeq = 0;

  constructor(db: DatabaseSync) {
    this.#db = db;
    for (const row of db.prepare('SELECT body FROM documents').iterate() as Iterable<{ body: string }>) {
      const doc = JSON.parse(row.body) as SanityDocument;
      this.#documents.set(doc._id, doc);
    }
    const last = db.prepare('SELECT MAX(seq) AS seq FROM transactions').get() as { seq: number | null };
    this.#lastSeq = last.seq ?? 0;
    this.#events.setMaxListeners(0);
  }

  get size(): number {
    return this.#documents.size;
  }

  /** Sequence number of the last committed transaction; changes whenever the content does. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  get(id: string): SanityDocument | undefined {
    return this.#documents.get(id);
  }

  /** Every stored document (all perspectives). The array is shared; do not mutate it. */
  all(): SanityDocument[] {
    this.#allCache ??= [...this.#documents.values()];
    return this.#allCache;
  }

  /** The last revision of `id` that held a body (its content before a delete, when deleted); null if none. */
  lastStored(id: string): SanityDocument | null {
    const row = this.#db
      .prepare('SELECT body FROM revisions WHERE doc_id = ? AND body IS NOT NULL ORDER BY tx_seq DESC LIMIT 1')
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
    const committed = inTransaction(this.#db, () => {
      const input = build((id) => this.#documents.get(id));
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
      for (const change of input.changes) {
        if (change.after) {
          const body = JSON.stringify(change.after);
          upsert.run(change.id, change.after._type, change.after._rev, body);
          revision.run(change.id, inserted.seq, change.after._rev, body);
        } else {
          remove.run(change.id);
          revision.run(change.id, inserted.seq, input.id, null);
        }
      }
      return { ...input, seq: inserted.seq };
    });
    // On disk now: update the mirror, then announce.
    for (const change of committed.changes) {
      if (change.after) this.#documents.set(change.id, change.after);
      else this.#documents.delete(change.id);
    }
    this.#allCache = null;
    this.#lastSeq = committed.seq;
    this.#events.emit('commit', committed);
    return committed;
  }

  onCommit(listener: (transaction: CommittedTransaction) => void): () => void {
    this.#events.on('commit', listener);
    return () => this.#events.off('commit', listener);
  }
}
