// The documents a transaction is changing: reads fall through to the committed state, writes stay here until the
// transaction commits. Later mutations in the same transaction see earlier ones, as in the Content Lake.
import type { SanityDocument } from '../store/types.ts';

/** A document as mutations shape it, before the commit stamps its revision and timestamps. */
export interface DraftDocument {
  _id: string;
  _type: string;
  _rev?: string;
  /** null: created anew by this transaction even though a document had this id (a replacement of another type). */
  _createdAt?: string | null;
  _updatedAt?: string;
  [field: string]: unknown;
}

export type ResultOperation = 'create' | 'update' | 'delete';

/** What a transaction may read of the store beyond one document by id. */
export interface WorkingSetSources {
  /** The id of every committed document. */
  ids?: () => Iterable<string>;
  /** The last stored revision of a document, deleted or not (from history). */
  lastStored?: (id: string) => SanityDocument | null;
  /** Who the transaction is written for (the signed-in user's id, or "system"). */
  author?: string;
}

export class WorkingSet {
  readonly #committed: (id: string) => SanityDocument | undefined;
  readonly #sources: WorkingSetSources;
  readonly #changed = new Map<string, DraftDocument | null>();
  readonly #mutations = new Map<string, unknown[]>();
  readonly #allMutations: unknown[] = [];
  readonly #deletedAt = new Map<string, number>();
  /** Per document id, the first operation kind seen; feeds `results` of the mutate response. */
  readonly results: Array<{ id: string; operation: ResultOperation }> = [];
  /** Index of the mutation or action being applied, so errors found at commit time can name it. */
  step = 0;

  constructor(committed: (id: string) => SanityDocument | undefined, sources: WorkingSetSources = {}) {
    this.#committed = committed;
    this.#sources = sources;
  }

  /** The author the transaction is written for, or "" when unknown. */
  get author(): string {
    return this.#sources.author ?? '';
  }

  /** Ids of the documents that exist now (committed or changed here) and start with `prefix`, sorted. */
  idsWithPrefix(prefix: string): string[] {
    const ids = new Set<string>();
    for (const id of this.#sources.ids?.() ?? []) if (id.startsWith(prefix)) ids.add(id);
    for (const [id, doc] of this.#changed) {
      if (!id.startsWith(prefix)) continue;
      if (doc) ids.add(id);
      else ids.delete(id);
    }
    return [...ids].sort();
  }

  /** The last revision stored of `id`, even when it is deleted now; null when it never existed. */
  lastStored(id: string): SanityDocument | null {
    return this.#sources.lastStored?.(id) ?? null;
  }

  get(id: string): DraftDocument | null {
    if (this.#changed.has(id)) return this.#changed.get(id) ?? null;
    return this.#committed(id) ?? null;
  }

  committed(id: string): SanityDocument | null {
    return this.#committed(id) ?? null;
  }

  /** `mutation` is the change as an id-addressed mutation, reported to listeners. */
  put(doc: DraftDocument, operation: ResultOperation, mutation: unknown): void {
    this.#changed.set(doc._id, doc);
    this.results.push({ id: doc._id, operation });
    this.#record(doc._id, mutation);
  }

  delete(id: string, mutation: unknown = { delete: { id } }): void {
    this.#changed.set(id, null);
    this.#deletedAt.set(id, this.step);
    this.results.push({ id, operation: 'delete' });
    this.#record(id, mutation);
  }

  /** The step (mutation or action index) that deleted `id` last. */
  deletedAt(id: string): number {
    return this.#deletedAt.get(id) ?? 0;
  }

  mutationsOf(id: string): unknown[] {
    return this.#mutations.get(id) ?? [];
  }

  /** Every mutation applied, in order — what the transaction log records for an actions request. */
  allMutations(): unknown[] {
    return [...this.#allMutations];
  }

  #record(id: string, mutation: unknown): void {
    this.#allMutations.push(mutation);
    const list = this.#mutations.get(id);
    if (list) list.push(mutation);
    else this.#mutations.set(id, [mutation]);
  }

  /** Ids changed in this transaction, in first-change order. */
  changedIds(): string[] {
    return [...this.#changed.keys()];
  }
}
