// The results of filters groq-js evaluated for ranked searches and first matches (ranked-search.ts,
// first-matches.ts), kept with one view of the documents. A view stands for the dataset in one perspective
// between two writes (query-engine.ts makes a new one after any write), and a scan's filter can read nothing
// but that view, the query's parameters (already in the condition) and the functions below, so a document's
// result holds until the next write: the site's translation gate (a sub-query per article) is evaluated once per
// article and write, not once per search.
import type { SanityDocument } from '../store/types.ts';
import { forEachNode, type GroqNode } from './syntax-tree.ts';

/** Functions whose value changes from one query to the next (the clock, the caller, a listener's delta). */
const VARYING_FUNCTIONS = new Set(['now', 'identity', 'before', 'after']);

/** How many conditions' results one view keeps; the oldest is dropped past it. */
const MAX_CONDITIONS = 32;

export class FilterResults {
  readonly #byCondition = new Map<string, Map<SanityDocument, boolean>>();

  /**
   * The documents among `documents` for which `condition` (a scan's filter, reading no outer scope) holds, in
   * order: `evaluate` filters the ones not seen before, and its answers are kept for the next call.
   */
  filter(
    condition: GroqNode,
    documents: readonly SanityDocument[],
    evaluate: (documents: readonly SanityDocument[]) => SanityDocument[],
  ): SanityDocument[] {
    if (varies(condition)) return evaluate(documents);
    const key = JSON.stringify(condition);
    let known = this.#byCondition.get(key);
    if (!known) {
      if (this.#byCondition.size >= MAX_CONDITIONS) {
        this.#byCondition.delete(this.#byCondition.keys().next().value as string);
      }
      this.#byCondition.set(key, (known = new Map()));
    }
    const unseen = documents.filter((doc) => !known.has(doc));
    if (unseen.length > 0) {
      const passing = new Set(evaluate(unseen));
      for (const doc of unseen) known.set(doc, passing.has(doc));
    }
    return documents.filter((doc) => known.get(doc) === true);
  }
}

function varies(condition: GroqNode): boolean {
  let found = false;
  forEachNode(condition, (node) => {
    if (node.type === 'FuncCall' && VARYING_FUNCTIONS.has(node.name as string)) found = true;
  });
  return found;
}
