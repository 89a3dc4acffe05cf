// The documents a transaction is changing: reads fall through to the committed state, writes stay here until the
// transaction commits. Later mutations in the same transaction see earlier ones, as in the Content Lake.
import type { SanityDocument } from '../store/types.ts';

/** A document as mutations shape it, before the commit stamps its revision and timestamps. */
export interface DraftDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [field: string]: unknown;
}

export type ResultOperation = 'create' | 'update' | 'delete';

export class WorkingSet {
  readonly #committed: (id: string) => SanityDocument | undefined;
  readonly #changed = new Map<string, DraftDocument | null>();
  /** Per document id, the first operation kind seen; feeds `results` of the mutate response. */
  readonly results: Array<{ id: string; operation: ResultOperation }> = [];

  constructor(committed: (id: string) => SanityDocument | undefined) {
    this.#committed = committed;
  }

  get(id: string): DraftDocument | null {
    if (this.#changed.has(id)) return this.#changed.get(id) ?? null;
    return this.#committed(id) ?? null;
  }

  committed(id: string): SanityDocument | null {
    return this.#committed(id) ?? null;
  }

  put(doc: DraftDocument, operation: ResultOperation): void {
    this.#changed.set(doc._id, doc);
    this.results.push({ id: doc._id, operation });
  }

  delete(id: string): void {
    this.#changed.set(id, null);
    this.results.push({ id, operation: 'delete' });
  }

  /** Ids changed in this transaction, in first-change order. */
  changedIds(): string[] {
    return [...this.#changed.keys()];
  }
}
