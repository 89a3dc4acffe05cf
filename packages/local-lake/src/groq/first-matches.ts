// `*[<filter>][a...b]` and `*[<filter>][n]` read only the first matches of a scan, but groq-js filters the whole
// scan before cutting it: the first 20 articles of a topic cost every article of that topic. Here such a slice
// reads the scan's candidates (document-index.ts) in growing chunks, each filtered by groq-js, until it holds
// enough matches; the slice then cuts those. A filter that matches little still reads each candidate once.
import type { SanityDocument } from '../store/types.ts';
import { candidatesFor } from './document-index.ts';
import type { RankingContext } from './ranked-search.ts';
import { mapTree, readsParentScope, type GroqNode as Node } from './syntax-tree.ts';

/** The first chunk read; each next one is twice as large. */
const FIRST_CHUNK = 32;

/** `tree` with each slice or element of a scan answered from the scan's first matches. */
export function takeFirstMatches<T>(tree: T, context: RankingContext): T {
  return mapTree(tree, (node) => {
    const scan = node.base as Node | undefined;
    if (scan?.type !== 'Filter' || (scan.base as Node).type !== 'Everything') return node;
    const needed = matchesRead(node);
    if (needed === null || readsParentScope(scan.expr)) return node;
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

/** How many matches a slice (`[a...b]`, `[a..b]`) or element (`[n]`) reads: null for any other node or bounds. */
function matchesRead(node: Node): number | null {
  if (node.type === 'AccessElement') {
    return typeof node.index === 'number' && node.index >= 0 ? node.index + 1 : null;
  }
  if (node.type !== 'Slice') return null;
  const { left, right, isInclusive } = node as unknown as {
    left: unknown;
    right: unknown;
    isInclusive: boolean;
  };
  if (typeof left !== 'number' || typeof right !== 'number' || left < 0 || right < 0) return null;
  return isInclusive ? right + 1 : right;
}
