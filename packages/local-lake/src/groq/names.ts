// Field names are data, whatever they spell. Two of JavaScript's own names break the libraries the lake evaluates
// with: groq-js and @sanity/mutator call `object.hasOwnProperty(name)`, which fails on a document holding a field
// `hasOwnProperty`, and an object built by assignment turns a `__proto__` key into its prototype, losing the field.
// So before groq-js or the mutator sees a document, a parameter, a query's attribute names or a patch path, those
// keys are escaped (a private-use character in front; keys that already start with it get one more so the
// mapping reverses), and what they produce is unescaped on the way out. Other built-in names (`constructor`,
// `toString`, ...) are ordinary keys to both libraries and stay as they are.
import { mapTree, type GroqNode } from './syntax-tree.ts';

const ESCAPE = '\uE000';
const UNSAFE = new Set(['__proto__', 'hasOwnProperty']);

export function escapeName(name: string): string {
  return UNSAFE.has(name) || name.startsWith(ESCAPE) ? `${ESCAPE}${name}` : name;
}

/** `value` with every object key escaped; the same object when no key needed it (the common case). */
export function escapeKeys<T>(value: T): T {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const escaped = escapeKeys(item);
      if (escaped !== item) (copy ??= [...value])[index] = escaped;
    });
    return (copy ?? value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, child]) => {
    const name = escapeName(key);
    const escaped = escapeKeys(child);
    if (name !== key || escaped !== child) changed = true;
    return [name, escaped] as const;
  });
  return (changed ? Object.fromEntries(entries) : value) as T;
}

/** Parameters with escaped names and values, as `parseQuery` and the evaluator take them. */
export function escapeParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [escapeName(name), escapeKeys(value)]),
  );
}

/** The syntax tree with attribute names escaped: `a.hasOwnProperty`, `@["__proto__"]`, `{"hasOwnProperty": x}`. */
export function escapeTreeNames<T>(tree: T): T {
  return mapTree(tree, (node: GroqNode) =>
    (node.type === 'AccessAttribute' || node.type === 'ObjectAttributeValue') && typeof node.name === 'string'
      ? { ...node, name: escapeName(node.name) }
      : node,
  );
}

function unescapeValue(value: unknown): unknown {
  if (typeof value === 'string')
    return value.startsWith(ESCAPE) && UNSAFE.has(value.slice(1)) ? value.slice(1) : value; // keys() of a document
  if (Array.isArray(value)) return value.map(unescapeValue);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // defineProperty: a `__proto__` key stays a key.
    Object.defineProperty(out, key.startsWith(ESCAPE) ? key.slice(1) : key, {
      value: unescapeValue(child),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** JSON text of a value computed from escaped data, with the original names back. */
export function unescapeJson(json: string): string {
  return json.includes(ESCAPE) ? JSON.stringify(unescapeValue(JSON.parse(json))) : json;
}

/** A value computed from escaped data, with the original names back. */
export function unescapeKeys<T>(value: T): T {
  return unescapeValue(value) as T;
}

/**
 * A patch path (`a.b`, `a["b"]`, `items[_key=="x"].b`, JSONMatch as @sanity/mutator reads it) with its unsafe
 * attribute names escaped: a bare name becomes `['<escaped>']`, a quoted one is escaped in its quotes.
 */
export function escapePath(path: string): string {
  return path.replace(
    /\[(['"])((?:\\.|(?!\1).)*)\1\]|(['"])(?:\\.|(?!\3).)*\3|(^|\.)([A-Za-z_$][\w$]*)/g,
    (whole, quote?: string, quoted?: string, _string?: string, _lead?: string, bare?: string) => {
      if (quote !== undefined) {
        const name = escapeName(quoted ?? '');
        return name === quoted ? whole : `[${quote}${name}${quote}]`;
      }
      if (bare === undefined) return whole; // a string compared in a constraint: a value, not a name
      const name = escapeName(bare);
      return name === bare ? whole : `['${name}']`;
    },
  );
}
