// Turns a working set into one committed Content Lake transaction: stamps `_rev` (= the transaction id),
// `_createdAt` and `_updatedAt`, writes everything in one SQLite transaction and returns what the response and
// the listeners need. Any error thrown while building rolls the whole transaction back.
import type { DocumentStore } from '../store/document-store.ts';
import { newRevision } from '../store/ids.ts';
import type { CommittedTransaction, DocumentChange, SanityDocument } from '../store/types.ts';
import { MutationError } from './errors.ts';
import { blockedDeletes } from './references.ts';
import { WorkingSet, type ResultOperation } from './working-set.ts';

export interface TransactionRequest {
  transactionId?: string;
  author: string;
  /** The mutations kept in the transaction log; by default the ones applied to the working set. */
  log?: unknown[];
  build: (set: WorkingSet) => void;
  /** Compute the outcome but write nothing. */
  dryRun?: boolean;
}

/** Carries a dry run's outcome out of the SQLite transaction, which it rolls back. */
class DryRunRollback extends Error {
  readonly outcome: TransactionOutcome;
  constructor(outcome: TransactionOutcome) {
    super('dry run');
    this.outcome = outcome;
  }
}

export interface TransactionOutcome {
  transaction: CommittedTransaction;
  results: Array<{ id: string; operation: ResultOperation; document?: SanityDocument }>;
}

export function runTransaction(store: DocumentStore, request: TransactionRequest): TransactionOutcome {
  const transactionId = request.transactionId ?? newRevision();
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(transactionId)) {
    throw new MutationError(400, `Invalid transaction id "${transactionId}"`);
  }
  let results: TransactionOutcome['results'] = [];
  try {
    const transaction = store.commit((current) => {
      if (store.transactionExists(transactionId)) {
        throw new MutationError(409, `Transaction "${transactionId}" has already been committed`);
      }
      const set = new WorkingSet(current, {
        ids: () => store.ids(),
        lastStored: (id) => store.lastStored(id),
        author: request.author,
      });
      request.build(set);
      const timestamp = new Date().toISOString();
      const changes: DocumentChange[] = [];
      const finals = new Map<string, SanityDocument | null>();
      for (const id of set.changedIds()) {
        const before = current(id) ?? null;
        const draft = set.get(id);
        if (!before && !draft) continue; // created and deleted within the transaction
        const after: SanityDocument | null = draft
          ? {
              ...draft,
              _id: id,
              _type: draft._type,
              _rev: transactionId,
              _createdAt:
                draft._createdAt === null ? timestamp : (draft._createdAt ?? before?._createdAt ?? timestamp),
              _updatedAt: timestamp,
            }
          : null;
        finals.set(id, after);
        changes.push({ id, before, after, mutations: set.mutationsOf(id) });
      }
      refuseReferencedDeletes(store, set, changes, finals);
      // One result per document, reporting what happened to it overall.
      const seen = new Set<string>();
      results = [];
      for (const { id } of set.results) {
        if (seen.has(id) || !finals.has(id)) continue;
        seen.add(id);
        const before = current(id);
        const after = finals.get(id) ?? null;
        const operation: ResultOperation = !after ? 'delete' : before ? 'update' : 'create';
        results.push(after ? { id, operation, document: after } : { id, operation });
      }
      const input = {
        id: transactionId,
        timestamp,
        author: request.author,
        changes,
        mutations: request.log ?? set.allMutations(),
      };
      if (request.dryRun) throw new DryRunRollback({ transaction: { ...input, seq: -1 }, results });
      return input;
    });
    return { transaction, results };
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
}

/**
 * Answers 409 `documentHasExistingReferencesError` when the transaction deletes a document that a document left
 * after it still references strongly, as the Content Lake does. Covers every way of deleting: mutate `delete` by
 * id or query, and the delete, discard and unpublish actions.
 */
function refuseReferencedDeletes(
  store: DocumentStore,
  set: WorkingSet,
  changes: DocumentChange[],
  finals: Map<string, SanityDocument | null>,
): void {
  const deleted = changes.filter((change) => change.before && !change.after).map((change) => change.id);
  if (deleted.length === 0) return;
  // Only a document whose text names a deleted id can refer to it.
  const remaining = new Map<string, SanityDocument>();
  for (const id of deleted)
    for (const doc of store.mentioning(id)) if (!finals.has(doc._id)) remaining.set(doc._id, doc);
  for (const doc of finals.values()) if (doc) remaining.set(doc._id, doc);
  const [blocked] = blockedDeletes(deleted, remaining.values());
  if (!blocked) return;
  const { id, referencingIds } = blocked;
  throw new MutationError(
    409,
    `Document "${id}" cannot be deleted as there are references to it from "${referencingIds.join('", "')}"`,
    {
      type: 'documentHasExistingReferencesError',
      id,
      index: set.deletedAt(id),
      referencingIDs: referencingIds,
    },
  );
}
