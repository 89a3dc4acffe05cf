// `QueryEngine`: evaluates GROQ with groq-js against a perspective view of a document source, with the errors
// the Content Lake answers. It runs inside the query workers (query-worker.ts), never on the thread that serves
// requests.
import { evaluate, evaluateSync, toJS } from 'groq-js';
import { PROJECT_ID } from '../config.ts';
import type { SanityDocument } from '../store/types.ts';
import { DocumentIndex, narrowScans, resolveLookup } from './document-index.ts';
import { escapeParams } from './names.ts';
import { isStackOverflow, parseQuery, QueryError } from './parse-query.ts';
import { buildView, perspectiveKey, type DatasetView, type Perspective } from './perspective.ts';
import { contentSourceMap, type ContentSourceMap, type SourceMapPaths } from './source-map.ts';
import { rankScoredScans } from './ranked-search.ts';
import type { GroqNode } from './syntax-tree.ts';
import { TextIndex, TextLookups } from './text-index.ts';
import { rewriteTextQueries } from './text-search.ts';

/** Where the engine reads documents: the store on the main thread, a mirror of it in a query worker. */
export interface DocumentSource {
  /** Changes whenever the documents do. */
  readonly lastSeq: number;
  all(): readonly SanityDocument[];
}

export interface QueryInput {
  query: string;
  params: Record<string, unknown>;
  perspective: Perspective;
  dataset: string;
  identity?: string;
  /** Answer a Content Source Map too: array items addressed by index, or by `_key` where they have one. */
  resultSourceMap?: SourceMapPaths;
  /** Documents changed (or deleted: `after` null) on top of the stored ones, for this query only. */
  overlay?: Array<{ id: string; after: SanityDocument | null }>;
}

export interface QueryAnswer {
  result: unknown;
  resultSourceMap?: ContentSourceMap;
}

/** A perspective's view of the documents, with its indexes (the word index is built on its first search). */
interface ViewEntry {
  view: DatasetView;
  index: DocumentIndex;
  text?: TextIndex;
}

export interface QueryEngineOptions {
  /**
   * Rank `*[...] | score(...)` from the indexes (ranked-search.ts) rather than document by document in groq-js
   * (default true). Off, the engine is the reference the ranked answers are tested against.
   */
  rankFromIndexes?: boolean;
}

/** Caches the perspective views of the current documents; they are rebuilt after a change. */
export class QueryEngine {
  readonly #source: DocumentSource;
  readonly #rankFromIndexes: boolean;
  #views = new Map<string, ViewEntry>();
  #viewsSeq = -1;

  constructor(source: DocumentSource, options: QueryEngineOptions = {}) {
    this.#source = source;
    this.#rankFromIndexes = options.rankFromIndexes ?? true;
  }

  view(perspective: Perspective): DatasetView {
    return this.#entry(perspective).view;
  }

  #entry(perspective: Perspective): ViewEntry {
    if (this.#viewsSeq !== this.#source.lastSeq) {
      this.#views = new Map();
      this.#viewsSeq = this.#source.lastSeq;
    }
    const key = perspectiveKey(perspective);
    let entry = this.#views.get(key);
    if (!entry) {
      const view = buildView(this.#source.all(), perspective);
      entry = { view, index: new DocumentIndex(view) };
      this.#views.set(key, entry);
    }
    return entry;
  }

  /** Runs a query. Throws `QueryError` for anything the query itself causes (syntax, depth, missing params). */
  async run(input: QueryInput): Promise<QueryAnswer> {
    const entry = this.#entry(input.perspective);
    const { view, index } = entry;
    const lookups = new TextLookups();
    const options = {
      dataset: view.documents,
      params: escapeParams(input.params),
      timestamp: new Date(),
      identity: input.identity ?? 'anonymous',
      sanity: { projectId: PROJECT_ID, dataset: input.dataset },
      // A correlated lookup's answer is a list, which groq-js takes as any value (its type says one document).
      dereference: ({ _ref }: { _ref: string }) =>
        (resolveLookup(_ref, index) as unknown as SanityDocument | undefined) ??
        lookups.resolve(_ref, (id) => view.byId.get(id)) ??
        view.byId.get(_ref) ??
        null,
    };
    const textIndex = () => (entry.text ??= new TextIndex(view.documents));
    const prepare = <T>(tree: T): T =>
      narrowScans(rewriteTextQueries(tree, view.documents, textIndex, lookups), index, lookups);
    let tree = parseQuery(input.query, input.params);
    let result: unknown;
    try {
      if (this.#rankFromIndexes) {
        const prepared = new Map<GroqNode, GroqNode>();
        tree = rankScoredScans(tree, {
          documents: view.documents,
          index,
          textIndex,
          condition: (condition, doc) => {
            let ready = prepared.get(condition);
            if (!ready) prepared.set(condition, (ready = prepare(condition)));
            const value = evaluateSync(ready as unknown as Parameters<typeof evaluateSync>[0], {
              ...options,
              root: doc,
            });
            return value.type === 'boolean' ? value.data : null;
          },
        });
      }
      result = await evaluateTree(prepare(tree), options);
    } catch (error) {
      throw new QueryError({
        description: isStackOverflow(error)
          ? 'The query is nested too deeply to be evaluated'
          : (error as Error).message,
        type: 'queryExecutionError',
        query: input.query,
      });
    }
    if (!input.resultSourceMap) return { result };
    return { result, resultSourceMap: contentSourceMap(result, view, input.resultSourceMap) };
  }
}

async function evaluateTree(
  tree: ReturnType<typeof parseQuery>,
  options: Parameters<typeof evaluateSync>[1],
): Promise<unknown> {
  // The synchronous evaluator is several times faster; a few functions exist only in the async one.
  try {
    return toJS(evaluateSync(tree, options));
  } catch (error) {
    if (!/sync/i.test((error as Error).message)) throw error;
  }
  const value = await evaluate(tree, options);
  return await value.get();
}

/** Every stored document, drafts and versions included: what mutations by query and reference lookups select from. */
export const ALL_DOCUMENTS: Perspective = { kind: 'raw', drafts: true, versions: true };

/** The document ids in a query's result: documents (by `_id`) or ids; throws for anything else. */
export function idsOfResult(result: unknown): string[] {
  const items = Array.isArray(result) ? result : result === null || result === undefined ? [] : [result];
  return items.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'object' && item !== null && typeof (item as { _id?: unknown })._id === 'string') {
      return (item as { _id: string })._id;
    }
    throw new Error('the query must return documents or ids');
  });
}
