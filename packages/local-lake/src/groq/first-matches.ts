// `*[<filter>][a...b]` and `*[<filter>][n]` read only the first matches of a scan, but groq-js filters the whole
// scan before cutting it: the first 20 articles of a topic cost every article of that topic. Here such a slice
// reads the scan's candidates (document-index.ts) in growing chunks, each filtered by groq-js, until it holds
// enough matches; the slice then cuts those. A filter that matches little still reads each candidate once.
// `*[<filter>] | order(<attribute paths>)[a...b]` (the newest three articles) is ordered here by the attribute
// values, compared as GROQ orders values (numbers, then strings, then booleans, then everything else as equals;
// ties in dataset order), instead of by groq-js building a scope per document; only the slice is kept.
import type { SanityDocument } from '../store/types.ts';
import { candidatesFor, exactMatches } from './document-index.ts';
import { fieldValue } from './text-index.ts';
import type { RankingContext } from './ranked-search.ts';
import { elementsRead, mapTree, readsOuterScope, type GroqNode as Node } from './syntax-tree.ts';

/** The first chunk read; each next one is twice as large. */
const FIRST_CHUNK = 32;

/** `tree` with each slice or element of a scan answered from the scan's first matches. */
export function takeFirstMatches<T>(tree: T, context: RankingContext): T {
  return mapTree(tree, (node) => {
    const ordered = firstInOrder(node, context);
    if (ordered) return ordered;
    const scan = node.base as Node | undefined;
    if (scan?.type !== 'Filter' || (scan.base as Node).type !== 'Everything') return node;
    const needed = elementsRead(node);
    if (needed === null || readsOuterScope(scan.expr)) return node;
    const condition = scan.expr as Node;
    const candidates = candidatesFor(condition, context.index) ?? context.documents;
    const matches: SanityDocument[] = [];
    let chunk = FIRST_CHUNK;
    try {
      for (let start = 0; start < candidates.length && matches.length < needed; start += chunk, chunk *= 2) {
        matches.push(...context.filter(condition, candidates.slice(start, start + chunk)));
      }
    } catch {
      return node; // groq-js alone can evaluate it (or will report why it cannot)
    }
    return { ...node, base: { type: 'Value', value: matches.slice(0, needed) } };
  });
}

/**
 * A slice or element of `*[<filter>] | order(<attribute paths>)` answered from the matches ordered here; null
 * for any other node.
 */
function firstInOrder(node: Node, context: RankingContext): Node | null {
  const order = node.base as Node | undefined;
  const scan = order?.base as Node | undefined;
  if (order?.type !== 'PipeFuncCall' || order.name !== 'order' || scan?.type !== 'Filter') return null;
  if ((scan.base as Node).type !== 'Everything' || readsOuterScope(scan.expr)) return null;
  const needed = elementsRead(node);
  const keys = (order.args as Node[]).map(orderKey);
  if (needed === null || keys.length === 0 || keys.some((key) => key === null)) return null;
  const condition = scan.expr as Node;
  let matches: SanityDocument[];
  try {
    matches =
      exactMatches(condition, context.index) ??
      context.filter(condition, candidatesFor(condition, context.index) ?? context.documents);
  } catch {
    return null; // groq-js alone can evaluate it (or will report why it cannot)
  }
  const ordered = orderedBy(matches, keys as OrderKey[], (doc, path) => fieldValue(doc, path));
  return { ...node, base: { type: 'Value', value: ordered.slice(0, needed) } };
}

/**
 * `items` as GROQ's `order()` orders them by `keys`: each key's value (`valueOf`) compared with `groqCompare`,
 * reversed for a descending key, ties kept in their order.
 */
export function orderedBy<T>(
  items: readonly T[],
  keys: readonly OrderKey[],
  valueOf: (item: T, path: string[]) => unknown,
): T[] {
  const rows = items.map((item, at) => ({ item, at, values: keys.map((key) => valueOf(item, key.path)) }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const c = groqCompare(a.values[i], b.values[i]);
      if (c !== 0) return (keys[i] as OrderKey).descending ? -c : c;
    }
    return a.at - b.at;
  });
  return rows.map((row) => row.item);
}

/** An `order()` key reading an attribute path, as `orderKey` reads it. */
export interface OrderKey {
  path: string[];
  descending: boolean;
}

/** An `order()` key that reads an attribute path (`publishedAt desc`, `slug.current`); null for any other. */
export function orderKey(key: Node): OrderKey | null {
  const descending = key.type === 'Desc';
  let node = key.type === 'Desc' || key.type === 'Asc' ? (key.base as Node) : key;
  const path: string[] = [];
  while (node.type === 'AccessAttribute' && typeof node.name === 'string') {
    path.unshift(node.name);
    if (node.base === undefined) return { path, descending };
    node = node.base as Node;
  }
  return null;
}

/** Where GROQ's total order puts a stored value's type: numbers, strings, booleans, then the rest. */
function typeRank(value: unknown): number {
  if (typeof value === 'number') return 2;
  if (typeof value === 'string') return 3;
  if (typeof value === 'boolean') return 4;
  return 100;
}

/**
 * GROQ's order of two stored values (groq-js `totalCompare`): by type first,
 * then numbers and booleans by value and strings by code units; values of other types are equal.
 */
function groqCompare(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return rank;
  if (typeof a === 'number' || typeof a === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  return 0;
}
