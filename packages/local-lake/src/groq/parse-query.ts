// Parses GROQ the way the Content Lake checks a query before running it: syntax, nesting depth and every
// `$param` it uses supplied. Errors are `QueryError`s carrying the body the Content Lake answers with
// (`{description, type, query, start, end}`, https://www.sanity.io/docs/http-reference/query).
import { parse, GroqSyntaxError } from 'groq-js';
import { nestedDeeperThan } from '../store/nesting.ts';
import { escapeName, escapeParams, escapeTreeNames } from './names.ts';
import { forEachNode, mapTree } from './syntax-tree.ts';

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

/**
 * How deep a query's expressions may nest, counting each bracket and each chained operator (`a + b + c` is two
 * levels: the parser recurses once per operator). Far beyond hand-written queries, far below the parser's stack.
 */
export const MAX_SYNTAX_DEPTH = 1000;

/**
 * The nesting depth of a query as the parser will recurse into it, found by a linear scan that skips string
 * literals and comments. groq-js parses recursively and, past a few thousand levels, spends minutes before its
 * stack overflows, so deeper queries are refused before parsing.
 */
export function syntaxDepth(query: string): number {
  const chains = [0]; // operators chained so far in each open bracket
  let depth = 0; // open brackets + chained operators in them
  let deepest = 0;
  let previousWasOperator = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i] as string;
    if (c === '"' || c === "'") {
      for (i++; i < query.length && query[i] !== c; i++) if (query[i] === '\\') i++;
      previousWasOperator = false;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '(' || c === '[' || c === '{') {
      chains.push(0);
      depth++;
      previousWasOperator = false;
    } else if (c === ')' || c === ']' || c === '}') {
      if (chains.length > 1) depth -= 1 + (chains.pop() as number);
      previousWasOperator = false;
    } else if (c === ',' || c === ':') {
      depth -= chains[chains.length - 1] as number;
      chains[chains.length - 1] = 0;
      previousWasOperator = false;
    } else if ('+-*/%<>=!&|.'.includes(c)) {
      // `a && b` is one operator; `!!!x` nests once per `!`.
      if (!previousWasOperator || c === '!') {
        chains[chains.length - 1]! += 1;
        depth++;
      }
      previousWasOperator = c !== '!';
    } else if (!/\s/.test(c)) {
      previousWasOperator = false;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * How deep a parameter value may nest objects and arrays. Values are copied to the query workers (structured
 * clone) and walked recursively by the evaluator; both overflow the stack a few thousand levels down.
 */
export const MAX_PARAM_DEPTH = 100;

/** Throws a 400 `queryLimitError` naming the limit when a parameter nests deeper than `MAX_PARAM_DEPTH`. */
export function checkParams(query: string, params: Record<string, unknown>): void {
  for (const name of Object.keys(params)) {
    if (nestedDeeperThan(params[name], MAX_PARAM_DEPTH - 1)) {
      throw new QueryError({
        description: `Parameter $${name} nests objects and arrays deeper than ${MAX_PARAM_DEPTH} levels`,
        type: 'queryLimitError',
        query,
      });
    }
  }
}

/**
 * Parses a query and checks every `$param` it uses was supplied. Throws `QueryError` (400) for any fault. The tree
 * has every parameter in place as a value and its names escaped (names.ts), ready for data whose keys are.
 */
export function parseQuery(query: string, params: Record<string, unknown>): ReturnType<typeof parse> {
  checkParams(query, params);
  const depth = syntaxDepth(query);
  if (depth > MAX_SYNTAX_DEPTH) {
    throw new QueryError({
      description: `The query nests ${depth} levels deep (brackets and chained operators); at most ${MAX_SYNTAX_DEPTH} are allowed`,
      type: 'queryParseError',
      query,
    });
  }
  const escaped = escapeParams(params);
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(query, { params: escaped });
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
    if (!Object.hasOwn(escaped, escapeName(name))) {
      throw new QueryError({
        description: `param $${name} referenced, but not provided`,
        type: 'queryParseError',
        query,
        start: 0,
        end: query.length,
      });
    }
  }
  // A parameter whose name groq-js could not look up (`$hasOwnProperty`) is put in place here.
  const withParams = mapTree(tree, (node) =>
    node.type === 'Parameter' && typeof node.name === 'string'
      ? { type: 'Value', value: escaped[escapeName(node.name)] }
      : node,
  );
  return escapeTreeNames(withParams);
}
