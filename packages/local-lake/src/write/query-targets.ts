// Patch and delete mutations may select their documents by a GROQ `query`. Evaluating it may take as long as any
// query, so it never runs on the thread that serves requests nor inside the SQLite write transaction: the ids are
// found first, in a query worker under the query time limit (LOCAL_LAKE_QUERY_TIMEOUT_MS), against the documents
// as the request's earlier mutations leave them; the transaction then applies the mutations with those ids.
import { QueryError } from '../groq/parse-query.ts';
import { ALL_DOCUMENTS, idsOfResult } from '../groq/query-engine.ts';
import type { QueryWorkers } from '../groq/query-workers.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { SanityDocument } from '../store/types.ts';
import { MutationError } from './errors.ts';
import { applyMutationAt, type IdFinder } from './mutations.ts';
import { WorkingSet } from './working-set.ts';

export interface QueryTargets {
  /** The store's sequence number the ids were found at; the transaction must commit on that same state. */
  seq: number;
  /** Ids selected by the query of the mutation at each index. */
  ids: Map<number, string[]>;
}

/** `{query, params}` of a patch or delete mutation that selects by query (and not by id), else null. */
function selection(mutation: unknown): { query: string; params: Record<string, unknown> } | null {
  if (typeof mutation !== 'object' || mutation === null) return null;
  const spec =
    (mutation as { delete?: unknown; patch?: unknown }).delete ?? (mutation as { patch?: unknown }).patch;
  if (typeof spec !== 'object' || spec === null) return null;
  const { id, query, params } = spec as { id?: unknown; query?: unknown; params?: unknown };
  if (id !== undefined || typeof query !== 'string') return null;
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params)))
    return null;
  return { query, params: (params as Record<string, unknown> | undefined) ?? {} };
}

/**
 * Finds the ids of every query-selected mutation in `mutations` (null when there is none). Throws
 * `MutationError` 400 for a query that fails or passes a limit, and whatever the mutations themselves throw.
 */
export async function findQueryTargets(
  store: DocumentStore,
  queries: QueryWorkers,
  dataset: string,
  mutations: unknown,
): Promise<QueryTargets | null> {
  if (!Array.isArray(mutations) || !mutations.some((mutation) => selection(mutation) !== null)) return null;
  const seq = store.lastSeq;
  const set = new WorkingSet((id) => store.get(id));
  const ids = new Map<number, string[]>();
  for (const [index, mutation] of mutations.entries()) {
    const selected = selection(mutation);
    if (selected) {
      const overlay = set.changedIds().map((id) => ({ id, after: set.get(id) as SanityDocument | null }));
      try {
        const answer = await queries.run({ ...selected, perspective: ALL_DOCUMENTS, dataset, overlay });
        ids.set(index, idsOfResult(JSON.parse(answer.resultJson)));
      } catch (error) {
        const description = error instanceof QueryError ? error.body.description : (error as Error).message;
        throw new MutationError(400, `query failed: ${description}`, {
          type: 'invalidMutationError',
          index,
        });
      }
    }
    set.step = index;
    applyMutationAt(set, mutation, index, targetsFinder({ seq, ids }));
  }
  return { seq, ids };
}

/** The `IdFinder` that answers each query-selected mutation with the ids found for it. */
export function targetsFinder(targets: QueryTargets | null): IdFinder {
  return (_query, _params, index) => {
    const found = targets?.ids.get(index);
    if (!found) throw new Error('the query was not evaluated before the transaction');
    return found;
  };
}
