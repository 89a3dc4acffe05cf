// Reads the transaction log and per-document revisions kept by DocumentStore.commit: a document at a past
// revision or time, and the transactions that touched given documents with their mendoza effects.
import type { DatabaseSync } from 'node:sqlite';
import { mendozaEffects } from './mendoza-diff.ts';
import type { SanityDocument } from './types.ts';

export interface TransactionLogEntry {
  id: string;
  seq: number;
  timestamp: string;
  author: string;
  documentIDs: string[];
  mutations: unknown[];
  /** State of each requested document before and after this transaction. */
  states: Record<string, { before: SanityDocument | null; after: SanityDocument | null }>;
}

export interface TransactionQuery {
  fromTransaction?: string;
  toTransaction?: string;
  fromTime?: string;
  toTime?: string;
  limit?: number;
  reverse?: boolean;
}

export class HistoryReader {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  documentAtRevision(id: string, revision: string): SanityDocument | null {
    const row = this.#db
      .prepare(
        'SELECT body FROM revisions WHERE doc_id = ? AND rev = ? AND body IS NOT NULL ORDER BY tx_seq DESC LIMIT 1',
      )
      .get(id, revision) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as SanityDocument) : null;
  }

  /** The document as it is now, or, deleted, its last state before deletion (null: never existed). */
  lastRevision(id: string): SanityDocument | null {
    const row = this.#db
      .prepare(
        'SELECT body FROM revisions WHERE doc_id = ? AND body IS NOT NULL ORDER BY tx_seq DESC LIMIT 1',
      )
      .get(id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as SanityDocument) : null;
  }

  /** `time`: an instant as `Date.toISOString()` writes it, the form transaction times are stored in. */
  documentAtTime(id: string, time: string): SanityDocument | null {
    const row = this.#db
      .prepare(
        `SELECT r.body FROM revisions r JOIN transactions t ON t.seq = r.tx_seq
         WHERE r.doc_id = ? AND t.timestamp <= ? ORDER BY r.tx_seq DESC LIMIT 1`,
      )
      .get(id, time) as { body: string | null } | undefined;
    return row?.body ? (JSON.parse(row.body) as SanityDocument) : null;
  }

  /** Every document id that ever had a revision and starts with `prefix`. */
  idsEverWithPrefix(prefix: string): string[] {
    const rows = this.#db
      .prepare("SELECT DISTINCT doc_id FROM revisions WHERE substr(doc_id, 1, ?) = ?")
      .all(prefix.length, prefix) as Array<{ doc_id: string }>;
    return rows.map((row) => row.doc_id);
  }

  /**
   * Transactions that touched any of `ids`, or, with `ids` null, every transaction of the dataset (Sanity's
   * `GET /data/history/:dataset/transactions` without ids, used to find deleted documents).
   */
  transactions(ids: string[] | null, query: TransactionQuery = {}): TransactionLogEntry[] {
    if (ids !== null && ids.length === 0) return [];
    const conditions: string[] = [];
    const values: Array<string | number> = [];
    if (ids !== null) {
      conditions.push(
        `t.seq IN (SELECT tx_seq FROM revisions WHERE doc_id IN (${ids.map(() => '?').join(',')}))`,
      );
      values.push(...ids);
    }
    const seqOf = (transactionId: string) =>
      (
        this.#db.prepare('SELECT seq FROM transactions WHERE id = ?').get(transactionId) as
          { seq: number } | undefined
      )?.seq;
    if (query.fromTransaction) {
      const seq = seqOf(query.fromTransaction);
      if (seq !== undefined) {
        conditions.push('t.seq >= ?');
        values.push(seq);
      }
    }
    if (query.toTransaction) {
      const seq = seqOf(query.toTransaction);
      if (seq !== undefined) {
        conditions.push('t.seq <= ?');
        values.push(seq);
      }
    }
    if (query.fromTime) {
      conditions.push('t.timestamp >= ?');
      values.push(query.fromTime);
    }
    if (query.toTime) {
      conditions.push('t.timestamp <= ?');
      values.push(query.toTime);
    }
    const limit = Math.min(Math.max(query.limit ?? 100, 1), 10_000);
    const rows = this.#db
      .prepare(
        `SELECT t.seq, t.id, t.timestamp, t.author, t.document_ids, t.mutations FROM transactions t
         ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY t.seq ${query.reverse ? 'DESC' : 'ASC'} LIMIT ${limit}`,
      )
      .all(...values) as Array<{
      seq: number;
      id: string;
      timestamp: string;
      author: string;
      document_ids: string;
      mutations: string;
    }>;
    const revisionAt = this.#db.prepare('SELECT body FROM revisions WHERE doc_id = ? AND tx_seq = ?');
    const revisionBefore = this.#db.prepare(
      'SELECT body FROM revisions WHERE doc_id = ? AND tx_seq < ? ORDER BY tx_seq DESC LIMIT 1',
    );
    return rows.map((row) => {
      const all = JSON.parse(row.document_ids) as string[];
      const touched = ids === null ? all : all.filter((id) => ids.includes(id));
      const states: TransactionLogEntry['states'] = {};
      for (const id of touched) {
        const after = revisionAt.get(id, row.seq) as { body: string | null } | undefined;
        const before = revisionBefore.get(id, row.seq) as { body: string | null } | undefined;
        states[id] = {
          before: before?.body ? (JSON.parse(before.body) as SanityDocument) : null,
          after: after?.body ? (JSON.parse(after.body) as SanityDocument) : null,
        };
      }
      return {
        id: row.id,
        seq: row.seq,
        timestamp: row.timestamp,
        author: row.author,
        documentIDs: touched,
        mutations: JSON.parse(row.mutations) as unknown[],
        states,
      };
    });
  }
}

export function effectsOf(entry: TransactionLogEntry): Record<string, ReturnType<typeof mendozaEffects>> {
  const effects: Record<string, ReturnType<typeof mendozaEffects>> = {};
  for (const [id, state] of Object.entries(entry.states))
    effects[id] = mendozaEffects(state.before, state.after);
  return effects;
}
