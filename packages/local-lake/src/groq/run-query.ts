// Parses and evaluates GROQ against a perspective view, with the errors the Content Lake answers.
import { parse, evaluate, evaluateSync, GroqSyntaxError, toJS } from 'groq-js';
import { PROJECT_ID } from '../config.ts';
import type { DocumentStore } from '../store/document-store.ts';
import { buildView, perspectiveKey, type DatasetView, type Perspective } from './perspective.ts';
import { DocumentIndex, narrowScans } from './document-index.ts';
import { rewriteTextQueries } from './text-search.ts';

export interface QueryErrorBody {
  description: string;
  type: 'queryParseError' | 'queryExecutionError';
  query: string;
  start?: number;
  end?: number;
}

export class QueryError extends Error {
  readonly body: QueryErrorBody;
  constructor(body: QueryErrorBody) {
    super(body.description);
    this.body = body;
  }
}

export interface QueryInput {
  query: string;
  params: Record<string, unknown>;
  perspective: Perspective;
  dataset: string;
  identity?: string;
}

/** Caches the perspective views of the current store state; they are rebuilt after a commit. */
export class QueryEngine {
  readonly #store: DocumentStore;
  #views = new Map<string, { view: DatasetView; index: DocumentIndex }>();
  #viewsSeq = -1;

  constructor(store: DocumentStore) {
    this.#store = store;
  }

  view(perspective: Perspective): DatasetView {
    return this.#entry(perspective).view;
  }

  #entry(perspective: Perspective): { view: DatasetView; index: DocumentIndex } {
    if (this.#viewsSeq !== this.#store.lastSeq) {
      this.#views = new Map();
      this.#viewsSeq = this.#store.lastSeq;
    }
    const key = perspectiveKey(perspective);
    let entry = this.#views.get(key);
    if (!entry) {
      const view = buildView(this.#store.all(), perspective);
      entry = { view, index: new DocumentIndex(view) };
      this.#views.set(key, entry);
    }
    return entry;
  }

  async run(input: QueryInput): Promise<unknown> {
    const { view, index } = this.#entry(input.perspective);
    const tree = narrowScans(
      rewriteTextQueries(parseQuery(input.query, input.params), view.documents),
      index,
    );
    const options = {
      dataset: view.documents,
      params: input.params,
      timestamp: new Date(),
      identity: input.identity ?? 'anonymous',
      sanity: { projectId: PROJECT_ID, dataset: input.dataset },
      dereference: ({ _ref }: { _ref: string }) => view.byId.get(_ref) ?? null,
    };
    try {
      // The synchronous evaluator is several times faster; a few functions exist only in the async one.
      try {
        return toJS(evaluateSync(tree, options));
      } catch (error) {
        if (!/sync/i.test((error as Error).message)) throw error;
      }
      const value = await evaluate(tree, options);
      return await value.get();
    } catch (error) {
      throw new QueryError({
        description: (error as Error).message,
        type: 'queryExecutionError',
        query: input.query,
      });
    }
  }
}

/**
 * The ids of the stored documents (raw perspective) a query selects — for patch and delete mutations by query.
 * Synchronous so it can run inside the SQLite write transaction.
 */
export function idsMatching(engine: QueryEngine, query: string, params: Record<string, unknown>): string[] {
  const tree = parseQuery(query, params);
  const view = engine.view({ kind: 'raw' });
  const result = toJS(
    evaluateSync(tree, {
      dataset: view.documents,
      params,
      dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
    }),
  ) as unknown;
  const items = Array.isArray(result) ? result : result === null || result === undefined ? [] : [result];
  return items.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'object' && item !== null && typeof (item as { _id?: unknown })._id === 'string') {
      return (item as { _id: string })._id;
    }
    throw new Error('the query must return documents or ids');
  });
}

/** Parses a query and checks every `$param` it uses was supplied, like the Content Lake does before running it. */
export function parseQuery(query: string, params: Record<string, unknown>): ReturnType<typeof parse> {
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(query, { params });
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      throw new QueryError({
        description: error.message,
        type: 'queryParseError',
        query,
        start: error.position,
        end: error.position + 1,
      });
    }
    throw new QueryError({ description: (error as Error).message, type: 'queryParseError', query });
  }
  for (const name of parameterNames(tree)) {
    if (!(name in params)) {
      throw new QueryError({
        description: `param $${name} referenced, but not provided`,
        type: 'queryParseError',
        query,
        start: 0,
        end: query.length,
      });
    }
  }
  return tree;
}

function parameterNames(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) parameterNames(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (record.type === 'Parameter' && typeof record.name === 'string') found.add(record.name);
    for (const child of Object.values(record)) parameterNames(child, found);
  }
  return found;
}
