// `QueryEngine`: evaluates GROQ with groq-js against a perspective view of a document source, with the errors
// the Content Lake answers. It runs inside the query workers (query-worker.ts), never on the thread that serves
// requests.
import { evaluate, evaluateSync, toJS } from 'groq-js';
import { PROJECT_ID } from '../config.ts';
import type { SanityDocument } from '../store/types.ts';
import { DocumentIndex, narrowScans, resolveLookup } from './document-index.ts';
import { escapeParams } from './names.ts';
import { isStackOverflow, parseQuery, QueryError } from './parse-query.ts';
import { buildView, perspectiveKey, updateView, type DatasetView, type Perspective } from './perspective.ts';
import { contentSourceMap, type ContentSourceMap, type SourceMapPaths } from './source-map.ts';
import { takeFirstMatches } from './first-matches.ts';
import { rankScoredScans, type RankingContext } from './ranked-search.ts';
import type { GroqNode } from './syntax-tree.ts';
import { FilterResults } from './filter-results.ts';
import { TextIndex, TextLookups, wordsIndex } from './text-index.ts';
import { rewriteTextQueries } from './text-search.ts';

/** Where the engine reads documents: the store on the main thread, a mirror of it in a query worker. */
export interface DocumentSource {
  /** Changes whenever the documents do. */
  readonly lastSeq: number;
  all(): readonly SanityDocument[];
  /** A stored document by id. */
  get?(id: string): SanityDocument | undefined;
  /**
   * The ids of the documents changed since `seq`, in the order their changes were applied; null when not known
   * (then every view is built anew).
   */
  changedSince?(seq: number): readonly string[] | null;
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
  /** Indexes of the words an expression reads (`pt::text(body)`), by the key ranked-search.ts gives them. */
  expressionText?: Map<string, TextIndex>;
  /** Filter results groq-js gave ranked searches and first matches over this view (filter-results.ts). */
  filtered?: FilterResults;
}

export interface QueryEngineOptions {
  /**
   * Answer ranked searches (`*[...] | score(...)`, ranked-search.ts) and the first matches of a scan
   * (`*[...][0...n]`, first-matches.ts) from the indexes rather than by groq-js reading every document (default
   * true). Off, the engine is the reference those answers are tested against.
   */
  answerFromIndexes?: boolean;
}

/** Caches the perspective views of the current documents; they are rebuilt after a change. */
export class QueryEngine {
  readonly #source: DocumentSource;
  readonly #answerFromIndexes: boolean;
  #views = new Map<string, ViewEntry>();
  /** The views before the last change, whose indexes the next views update instead of building anew. */
  #previousViews = new Map<string, ViewEntry>();
  /** The documents changed between the previous views and the current documents. */
  #changedIds: readonly string[] | null = null;
  #viewsSeq = -1;

  constructor(source: DocumentSource, options: QueryEngineOptions = {}) {
    this.#source = source;
    this.#answerFromIndexes = options.answerFromIndexes ?? true;
  }

  view(perspective: Perspective): DatasetView {
    return this.#entry(perspective).view;
  }

  #entry(perspective: Perspective): ViewEntry {
    const source = this.#source;
    if (this.#viewsSeq !== source.lastSeq) {
      const changed = this.#viewsSeq < 0 ? null : (source.changedSince?.(this.#viewsSeq) ?? null);
      this.#previousViews = changed ? this.#views : new Map();
      this.#changedIds = changed;
      this.#views = new Map();
      this.#viewsSeq = source.lastSeq;
    }
    const key = perspectiveKey(perspective);
    let entry = this.#views.get(key);
    if (!entry) {
      const previous = this.#previousViews.get(key);
      this.#previousViews.delete(key);
      const updated =
        previous && this.#changedIds && source.get
          ? updateView(previous.view, perspective, this.#changedIds, (id) => source.get!(id))
          : null;
      const view = updated ?? buildView(source.all(), perspective);
      entry = following(previous, view) ?? { view, index: new DocumentIndex(view) };
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
      if (this.#answerFromIndexes) {
        const prepared = new Map<GroqNode, GroqNode>();
        const ready = (node: GroqNode) => {
          let tree = prepared.get(node);
          if (!tree) prepared.set(node, (tree = prepare(node)));
          return tree as unknown as Parameters<typeof evaluateSync>[0];
        };
        const context: RankingContext = {
          documents: view.documents,
          index,
          textIndex,
          wordsIndex: (key, wordsOf) => {
            entry.expressionText ??= new Map();
            let text = entry.expressionText.get(key);
            if (!text) entry.expressionText.set(key, (text = wordsIndex(view.documents, wordsOf)));
            return text;
          },
          condition: (condition, doc) => {
            const value = evaluateSync(ready(condition), { ...options, root: doc });
            return value.type === 'boolean' ? value.data : null;
          },
          value: (expression, doc) => toJS(evaluateSync(ready(expression), { ...options, root: doc })),
          filter: (condition, documents) =>
            (entry.filtered ??= new FilterResults()).filter(condition, documents, (unseen) => {
              const scan = {
                type: 'Filter',
                base: { type: 'Value', value: unseen },
                expr: ready(condition),
              };
              // The documents themselves (stored JSON): toJS would walk each one looking for groq-js's own values.
              const value = evaluateSync(scan as Parameters<typeof evaluateSync>[0], options);
              return value.type === 'array' ? (value.data as SanityDocument[]) : [];
            }),
        };
        tree = takeFirstMatches(rankScoredScans(tree, context), context);
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

/** Past this many changed documents, a view's indexes are built anew rather than updated. */
const MAX_UPDATED = 256;

/**
 * The entry of `view` made from `previous`, the same perspective's entry before a write, with its indexes updated
 * where the view's documents changed: null when there is none, or when documents were removed or moved (every
 * later position changes) or too many changed to be worth updating.
 */
function following(previous: ViewEntry | undefined, view: DatasetView): ViewEntry | null {
  if (!previous) return null;
  const before = previous.view.documents;
  const after = view.documents;
  if (after.length < before.length) return null;
  const changed: number[] = [];
  for (let at = 0; at < after.length; at++) {
    if (before[at] === after[at]) continue;
    if (changed.push(at) > MAX_UPDATED) return null;
  }
  previous.text?.update(after, changed);
  for (const text of previous.expressionText?.values() ?? []) text.update(after, changed);
  return {
    view,
    index: previous.index.following(view, changed),
    text: previous.text,
    expressionText: previous.expressionText,
  };
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
