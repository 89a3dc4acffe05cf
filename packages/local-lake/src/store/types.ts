// Shapes shared by the store, the query engine and the HTTP layer.

export interface SanityDocument {
  _id: string;
  _type: string;
  _rev: string;
  _createdAt: string;
  _updatedAt: string;
  [field: string]: unknown;
}

/** One document's change inside a committed transaction. `before`/`after` null = did not exist / deleted. */
export interface DocumentChange {
  id: string;
  before: SanityDocument | null;
  after: SanityDocument | null;
  /** The mutations of the transaction that touched this document (by id), for listener events. */
  mutations?: unknown[];
}

export interface CommittedTransaction {
  seq: number;
  id: string;
  timestamp: string;
  author: string;
  changes: DocumentChange[];
  /** The mutations as the client sent them, kept for the history API. */
  mutations: unknown[];
}
