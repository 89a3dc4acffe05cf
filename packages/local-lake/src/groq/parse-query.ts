// Parses GROQ the way the Content Lake checks a query before running it: syntax, nesting depth and every
// `$param` it uses supplied. Errors are `QueryError`s carrying the body the Content Lake answers with
// (`{description, type, query, start, end}`, https://www.sanity.io/docs/http-reference/query).
import { parse, GroqSyntaxError } from 'groq-js';
import { forEachNode } from './syntax-tree.ts';

export interface QueryErrorBody {
  description: string;
  type: 'queryParseError' | 'queryExecutionError' | 'queryLimitError';
  query: string;
  start?: number;
  end?: number;
}

export class QueryError extends Error {
  readonly body: QueryErrorBody;
  /** The HTTP status the query endpoint answers with: 400, or 413 for a query over the size limit. */
  readonly status: number;
  constructor(body: QueryErrorBody, status = 400) {
    super(body.description);
    this.body = body;
    this.status = status;
  }
}

/** Thrown by the JavaScript engine when recursion goes too deep (an expression nested thousands of levels). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Parses a query and checks every `$param` it uses was supplied. Throws `QueryError` (400) for any fault. */
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
    const description = isStackOverflow(error)
      ? 'The query is nested too deeply to be parsed'
      : (error as Error).message;
    throw new QueryError({ description, type: 'queryParseError', query });
  }
  const used = new Set<string>();
  try {
    forEachNode(tree, (node) => {
      if (node.type === 'Parameter' && typeof node.name === 'string') used.add(node.name);
    });
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    throw new QueryError({ description: 'The query is nested too deeply', type: 'queryParseError', query });
  }
  for (const name of used) {
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
