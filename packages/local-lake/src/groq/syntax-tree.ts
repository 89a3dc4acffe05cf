// The one way the lake walks a parsed GROQ syntax tree (groq-js `parse()` output). Scan narrowing, the
// `text::query()` rewrite, ranked searches, first matches and the parameter check all go through these functions,
// so they agree on what a node is and which of its fields are children.
/** A node of groq-js's syntax tree (`ExprNode`) seen as a plain record: `type` names its kind ('OpCall', ...). */
export type GroqNode = Record<string, unknown> & { type: string };

function isNode(value: unknown): value is GroqNode {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Rebuilds the tree bottom-up: every node is first rebuilt with its rewritten children, then given to `rewrite`,
 * whose answer replaces it. `rewrite` can return the node unchanged. `Value` nodes are leaves: their `value`
 * holds data (possibly documents), not syntax.
 */
export function mapTree<T>(tree: T, rewrite: (node: GroqNode) => unknown): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (record.type === 'Value') return rewrite(record as GroqNode);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) out[key] = visit(child);
    return isNode(out) ? rewrite(out) : out;
  };
  return visit(tree) as T;
}

/**
 * Rebuilds the tree top-down: `replace` sees each node before its children; a node it answers (not undefined)
 * takes the place of that node and its subtree, which are not visited; the others are rebuilt from their
 * visited children. `Value` nodes are leaves.
 */
export function replaceTopDown<T>(tree: T, replace: (node: GroqNode) => GroqNode | undefined): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (record.type === 'Value') return record;
    if (isNode(record)) {
      const replaced = replace(record);
      if (replaced) return replaced;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) out[key] = visit(child);
    return out;
  };
  return visit(tree) as T;
}

/** Calls `see` on every node of the tree, parents before children. */
export function forEachNode(tree: unknown, see: (node: GroqNode) => void): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const child of value) visit(child);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (isNode(value)) {
      see(value);
      if (value.type === 'Value') return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(tree);
}

/**
 * The fields of a node groq-js evaluates in a scope nested in the node's own, one `^` deep. (`Map` and `FlatMap`
 * open hidden scopes, which `^` climbs past.)
 */
const NESTED_SCOPE_FIELDS: Record<string, string[]> = {
  Filter: ['expr'],
  Projection: ['expr'],
  PipeFuncCall: ['args'],
};

/**
 * Whether an expression reads a scope outside the one it is evaluated in: a `^` that climbs past the scopes
 * opened inside it (`*[references(^._id)]` inside a filter reads the filtered document, which is inside). Such an
 * expression has another value when evaluated on its own.
 */
export function readsOuterScope(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.some((item) => readsOuterScope(item, depth));
  if (typeof value !== 'object' || value === null) return false;
  const node = value as GroqNode;
  if (node.type === 'Value') return false;
  if (node.type === 'Parent') return typeof node.n !== 'number' || node.n > depth;
  const nested = NESTED_SCOPE_FIELDS[node.type] ?? [];
  return Object.entries(node).some(([key, child]) =>
    readsOuterScope(child, nested.includes(key) ? depth + 1 : depth),
  );
}

/**
 * How many leading elements a slice (`[a...b]`, `[a..b]`) or element access (`[n]`) with constant, non-negative
 * bounds reads from the array it is applied to; null for any other node or bounds (a negative bound counts from
 * the end, so it may read them all).
 */
export function elementsRead(node: GroqNode): number | null {
  if (node.type === 'AccessElement') {
    return typeof node.index === 'number' && node.index >= 0 ? node.index + 1 : null;
  }
  if (node.type !== 'Slice') return null;
  const { left, right, isInclusive } = node;
  if (typeof left !== 'number' || typeof right !== 'number' || left < 0 || right < 0) return null;
  return isInclusive === true ? right + 1 : right;
}
