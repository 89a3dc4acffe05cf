// The SQLite file behind the lake. WAL + synchronous=FULL means a committed transaction is on disk before we
// acknowledge it, and a crash mid-write rolls back to the last commit rather than leaving half of one.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- Current state: one row per document id (published, drafts.*, versions.*).
CREATE TABLE IF NOT EXISTS documents (
  id   TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  rev  TEXT NOT NULL,
  body TEXT NOT NULL
);
-- One row per Content Lake transaction, in commit order.
CREATE TABLE IF NOT EXISTS transactions (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  timestamp    TEXT NOT NULL,
  author       TEXT NOT NULL,
  document_ids TEXT NOT NULL,
  mutations    TEXT NOT NULL
);
-- Each document's state after each transaction that touched it (body NULL = deleted); backs the history API.
CREATE TABLE IF NOT EXISTS revisions (
  doc_id TEXT NOT NULL,
  tx_seq INTEGER NOT NULL REFERENCES transactions(seq),
  rev    TEXT NOT NULL,
  body   TEXT,
  PRIMARY KEY (doc_id, tx_seq)
);
-- Studio UI state (pane layout, sort orders) kept per key.
CREATE TABLE IF NOT EXISTS keyvalue (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

export function openDatabase(dataDir: string): DatabaseSync {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(path.join(dataDir, 'lake.sqlite'));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

export function readMeta(db: DatabaseSync, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: DatabaseSync, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Runs `work` inside one IMMEDIATE transaction (single writer); rolls back on any throw. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
