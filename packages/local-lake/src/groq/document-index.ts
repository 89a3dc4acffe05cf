// Narrows `*[...]` scans before groq-js runs them: when a filter's top-level conditions pin `_type` (== or in),
// `_id` (in a constant list) or an attribute path such as `_id` or `slug.current` (==) to constants, or ask for
// `references(<constant ids>)`, the scan starts from the matching
// documents instead of the whole dataset (the site's queries all have such conditions). The candidates are a
// subset of the dataset in the dataset's own order, each document once, and the filter itself still runs on
// them, so the answer is exactly groq-js's over the whole dataset; only the work shrinks. The differential test
// (test/groq-differential.test.ts) holds this against groq-js.
//
// A sub-query that pins an attribute path to a value of the enclosing document (`document._ref == ^._id`,
// `references(^._id)`: "the approvals of this article", "the translation set holding it") is narrowed per
// enclosing document: its scan becomes a lookup, made when groq-js evaluates it, of the documents holding that
// value (see `correlatedLookup`). Without it such a sub-query inside a list reads the whole dataset once per listed
// document, and a query's cost grows with the square of the content.
import { storedDocumentOf, type DatasetView } from './perspective.ts';
import type { SanityDocument } from '../store/types.ts';
import { parse } from 'groq-js';
import { mapTree, type GroqNode as Node } from './syntax-tree.ts';
import { fieldValue, fieldWordsReader, type TextLookups } from './text-index.ts';

export class DocumentIndex {
  readonly #view: DatasetView;
  #byType: Map<string, SanityDocument[]> | null = null;
  readonly #byPath = new Map<string, Map<unknown, SanityDocument[]>>();
  #referrers: Map<string, SanityDocument[]> | null = null;
  readonly #fieldWords = new Map<
    string,
    { read: (doc: SanityDocument) => string[] | null; words: Array<string[] | null> }
  >();
  #positions: Map<SanityDocument, number> | null = null;

  constructor(view: DatasetView) {
    this.#view = view;
  }

  /** A document's position in the view (its index in `view.documents`). */
  positionOf(doc: SanityDocument): number | undefined {
    this.#positions ??= new Map(this.#view.documents.map((each, index) => [each, index]));
    return this.#positions.get(doc);
  }

  /** The words a field match reads at `path` of each document (`fieldWordsReader`), by position. */
  fieldWords(path: readonly string[]): ReadonlyArray<string[] | null> {
    const key = path.join('\u0000');
    let entry = this.#fieldWords.get(key);
    if (!entry) {
      const read = fieldWordsReader(path);
      this.#fieldWords.set(key, (entry = { read, words: this.#view.documents.map(read) }));
    }
    return entry.words;
  }

  /**
   * The index of `view`, the view after a write whose documents differ from this one's only at `changed`
   * positions (see TextIndex.update): the field words and positions are carried over and updated there; the
   * rest is built again when first asked for.
   */
  following(view: DatasetView, changed: readonly number[]): DocumentIndex {
    const next = new DocumentIndex(view);
    for (const [key, { read, words }] of this.#fieldWords) {
      for (const at of changed) words[at] = read(view.documents[at] as SanityDocument);
      next.#fieldWords.set(key, { read, words });
    }
    if (this.#positions) {
      const positions = this.#positions;
      for (const at of changed) {
        const before = this.#view.documents[at];
        if (before && positions.get(before) === at) positions.delete(before);
        positions.set(view.documents[at] as SanityDocument, at);
      }
      next.#positions = positions;
    }
    return next;
  }

  ofType(type: string): SanityDocument[] {
    if (!this.#byType) {
      this.#byType = new Map();
      for (const doc of this.#view.documents) {
        const list = this.#byType.get(doc._type);
        if (list) list.push(doc);
        else this.#byType.set(doc._type, [doc]);
      }
    }
    return this.#byType.get(type) ?? [];
  }

  /** Documents whose `_type` is one of `types`, in dataset order, each once however often a type is named. */
  ofTypes(types: readonly string[]): SanityDocument[] {
    const unique = new Set(types);
    if (unique.size === 1) return this.ofType([...unique][0] as string);
    return this.#view.documents.filter((doc) => unique.has(doc._type));
  }

  byId(id: string): SanityDocument[] {
    const doc = this.#view.byId.get(id);
    return doc ? [doc] : [];
  }

  /** Documents with any of `ids`, in dataset order. */
  byIds(ids: readonly string[]): SanityDocument[] {
    const wanted = new Set(ids);
    if (wanted.size <= 1) return this.byId([...wanted][0] ?? '');
    return this.#view.documents.filter((doc) => wanted.has(doc._id));
  }

  /**
   * Documents holding a `_ref` to any of `ids` anywhere (what GROQ's `references()` tests), in dataset order;
   * the reference map is built on first use.
   */
  referencing(ids: readonly string[]): SanityDocument[] {
    if (!this.#referrers) {
      this.#referrers = new Map();
      for (const doc of this.#view.documents) {
        for (const ref of referencesIn(doc)) {
          const list = this.#referrers.get(ref);
          if (list) list.push(doc);
          else this.#referrers.set(ref, [doc]);
        }
      }
    }
    const unique = [...new Set(ids)];
    if (unique.length === 1) return this.#referrers.get(unique[0] as string) ?? [];
    const found = new Set(unique.flatMap((id) => this.#referrers?.get(id) ?? []));
    return this.#view.documents.filter((doc) => found.has(doc));
  }

  /** Documents whose value at `path` (e.g. ['slug', 'current']) equals `value`; built on first use. */
  byPath(path: string[], value: string | number | boolean): SanityDocument[] {
    const key = path.join('.');
    let map = this.#byPath.get(key);
    if (!map) {
      map = new Map();
      for (const doc of this.#view.documents) {
        const current = fieldValue(doc, path);
        if (typeof current !== 'string' && typeof current !== 'number' && typeof current !== 'boolean')
          continue;
        const list = map.get(current);
        if (list) list.push(doc);
        else map.set(current, [doc]);
      }
      this.#byPath.set(key, map);
    }
    return map.get(value) ?? [];
  }
}

/**
 * The tree with every `*[...]` scan narrowed. With `lookups`, a `references(<constant ids>)` test of the scanned
 * document (in the filter, or in a `score()` of the scan, outside any nested scope) also becomes a membership
 * lookup in the reference index, constant time per document instead of a walk through it.
 */
export function narrowScans<T>(tree: T, index: DocumentIndex, lookups?: TextLookups): T {
  // The scans rewritten here: their items are documents of the view, whose `_id` names them.
  const scans = new WeakSet<object>();
  return mapTree(tree, (node) => {
    if (node.type === 'PipeFuncCall' && node.name === 'score' && lookups) {
      const base = node.base as Node;
      if (base.type !== 'Everything' && !scans.has(base)) return node;
      return { ...node, args: (node.args as Node[]).map((arg) => referenceLookups(arg, index, lookups)) };
    }
    if (node.type !== 'Filter' || (node.base as Node | undefined)?.type !== 'Everything') return node;
    const expr = lookups ? referenceLookups(node.expr as Node, index, lookups) : node.expr;
    const lookup = correlatedLookup(node.expr as Node);
    const candidates = lookup ? null : candidatesFor(node.expr as Node, index);
    const base = lookup ?? (candidates ? { type: 'Value', value: candidates } : node.base);
    const narrowed = { ...node, base, expr };
    scans.add(narrowed);
    return narrowed;
  });
}

/**
 * `condition` with each `references(<constant ids>)` that tests the document in scope (reached through `&&`, `||`,
 * `!`, brackets and `boost()`'s first argument) replaced by a lookup of the same boolean.
 */
function referenceLookups(condition: Node, index: DocumentIndex, lookups: TextLookups): Node {
  const visit = (node: Node): Node => {
    switch (node.type) {
      case 'And':
      case 'Or':
        return { ...node, left: visit(node.left as Node), right: visit(node.right as Node) };
      case 'Not':
      case 'Group':
        return { ...node, base: visit(node.base as Node) };
      case 'FuncCall': {
        if (node.name === 'boost' && node.namespace === 'global') {
          const [first, ...rest] = node.args as Node[];
          return first ? { ...node, args: [visit(first), ...rest] } : node;
        }
        const referring = referencedBy(node, index);
        return referring ? (lookups.node(referring, 'hit') as Node) : node;
      }
      default:
        return node;
    }
  };
  return visit(condition);
}

// A correlated lookup travels through groq-js as a dereference (the one hook groq-js calls back into the lake
// with a value computed during evaluation) of a reference no document can have: ids never hold a NUL.
const LOOKUP_PREFIX = '\u0000lookup\u0000';
// Parsed with two placeholder strings, which `correlatedLookup` replaces by the encoded condition and the value.
const PREFIX_SLOT = 'prefix-slot';
const VALUE_SLOT = 'value-slot';
const LOOKUP_TEMPLATE = parse(
  `coalesce({"_ref": "${PREFIX_SLOT}" + "${VALUE_SLOT}"}->, *)`,
) as unknown as Node;

/**
 * Answers a dereference made by a correlated lookup: the documents `index` finds for the encoded condition, or
 * undefined when `ref` is an ordinary reference.
 */
export function resolveLookup(ref: string, index: DocumentIndex): SanityDocument[] | undefined {
  if (!ref.startsWith(LOOKUP_PREFIX)) return undefined;
  const [kind, path, value] = ref.slice(LOOKUP_PREFIX.length).split('\u0000') as [string, string, string];
  return kind === 'references' ? index.referencing([value]) : index.byPath(path.split('.'), value);
}

/**
 * For a filter with a top-level condition `a.b == <value of the enclosing scope>` or `references(<that value>)`,
 * a base that looks up the documents matching it once the value is known, and falls back to the whole dataset
 * when the value is not a string (where `==` could also match a missing attribute). Null when there is none.
 */
function correlatedLookup(expr: Node): Node | null {
  for (const condition of conjuncts(expr)) {
    let encoded: [string, string, Node] | null = null;
    if (condition.type === 'OpCall' && condition.op === '==') {
      const left = condition.left as Node;
      const right = condition.right as Node;
      const [path, outer] = attributePath(left)
        ? [attributePath(left), outerValue(right)]
        : [attributePath(right), outerValue(left)];
      if (path && outer) encoded = ['path', path.join('.'), outer];
    } else if (
      condition.type === 'FuncCall' &&
      condition.name === 'references' &&
      condition.namespace === 'global'
    ) {
      const args = (condition.args as Node[] | undefined) ?? [];
      const outer = args.length === 1 ? outerValue(args[0] as Node) : null;
      if (outer) encoded = ['references', '', outer];
    }
    if (!encoded) continue;
    const [kind, path, outer] = encoded;
    const prefix = `${LOOKUP_PREFIX}${kind}\u0000${path}\u0000`;
    return mapTree(LOOKUP_TEMPLATE, (node) => {
      if (node.type === 'Value' && node.value === PREFIX_SLOT) return { type: 'Value', value: prefix };
      if (node.type === 'Value' && node.value === VALUE_SLOT) return outer;
      return node;
    });
  }
  return null;
}

/**
 * `node`, a value of the enclosing scope inside a filter (`^._id`, `^.^.slug.current`), rewritten to be evaluated
 * where the filter's base is (one scope out: `^` becomes `@`). Null when it reads the filtered document or is
 * anything but an attribute path from a parent.
 */
function outerValue(node: Node): Node | null {
  if (node.type === 'Parent' && typeof node.n === 'number' && node.n >= 1) {
    return node.n === 1 ? { type: 'This' } : { ...node, n: node.n - 1 };
  }
  if (node.type === 'AccessAttribute' && node.base !== undefined) {
    const base = outerValue(node.base as Node);
    return base ? { ...node, base } : null;
  }
  if (node.type === 'Group') return outerValue(node.base as Node);
  return null;
}

export function candidatesFor(expr: Node, index: DocumentIndex): SanityDocument[] | null {
  let best: SanityDocument[] | null = null;
  for (const condition of conjuncts(expr)) {
    const found = candidatesOf(condition, index);
    if (found && (!best || found.length < best.length)) best = found;
  }
  return best;
}

/**
 * The documents matching `expr` when the indexes answer every one of its conditions exactly (`_type`, `_id` or an
 * attribute path equal to a constant or in a list of them, `references()` of constants, joined by `&&`), in
 * dataset order; null when any condition needs evaluating.
 */
export function exactMatches(expr: Node, index: DocumentIndex): SanityDocument[] | null {
  let matches: SanityDocument[] | null = null;
  for (const condition of conjuncts(expr)) {
    const found = candidatesOf(condition, index);
    if (!found) return null;
    const kept = new Set(found);
    matches = matches ? matches.filter((doc) => kept.has(doc)) : found;
  }
  return matches;
}

function conjuncts(expr: Node): Node[] {
  // Only conditions that must all hold narrow the scan; an `||` or `!` anywhere above one makes it optional.
  if (expr.type === 'And') return [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)];
  if (expr.type === 'Group') return conjuncts(expr.base as Node);
  return [expr];
}

function candidatesOf(condition: Node, index: DocumentIndex): SanityDocument[] | null {
  if (condition.type === 'FuncCall') return referencedBy(condition, index);
  if (condition.type !== 'OpCall') return null;
  const left = condition.left as Node;
  const right = condition.right as Node;
  const field = (node: Node) =>
    node.type === 'AccessAttribute' && node.base === undefined ? (node.name as string) : null;
  const constant = (node: Node) => (node.type === 'Value' ? node.value : undefined);
  if (condition.op === '==') {
    const [path, value] = attributePath(left)
      ? [attributePath(left), constant(right)]
      : [attributePath(right), constant(left)];
    if (!path || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean'))
      return null;
    if (path.length === 1 && path[0] === '_type' && typeof value === 'string') return index.ofType(value);
    if (path.length === 1 && path[0] === '_id' && typeof value === 'string') return index.byId(value);
    return index.byPath(path, value);
  }
  if (condition.op === 'in' && field(left) === '_type') {
    const values = constantStrings(right);
    return values ? index.ofTypes(values) : null;
  }
  if (condition.op === 'in' && field(left) === '_id') {
    const values = constantStrings(right);
    return values ? index.byIds(values) : null;
  }
  return null;
}

/** `references("id")` or `references(["a", "b"])` with constants: the documents referring to them. */
function referencedBy(condition: Node, index: DocumentIndex): SanityDocument[] | null {
  if (condition.type !== 'FuncCall' || condition.name !== 'references') return null;
  if (condition.namespace !== undefined && condition.namespace !== 'global') return null;
  const ids: string[] = [];
  for (const arg of (condition.args as Node[] | undefined) ?? []) {
    if (arg.type === 'Value' && typeof arg.value === 'string') ids.push(arg.value);
    else {
      const values = constantStrings(arg);
      if (!values) return null;
      ids.push(...values);
    }
  }
  return ids.length > 0 ? index.referencing(ids) : null;
}

const referencesByDocument = new WeakMap<SanityDocument, Set<string>>();
const NO_REFERENCES: Set<string> = new Set();

/** The ids a document refers to as `references()` reads them; kept per stored document (a view's copy shares its values). */
function referencesIn(doc: SanityDocument): Set<string> {
  const stored = storedDocumentOf(doc);
  let found = referencesByDocument.get(stored);
  if (!found) {
    found = collectReferences(stored);
    // Most documents refer to nothing: they share one empty set.
    referencesByDocument.set(stored, (found = found.size > 0 ? found : NO_REFERENCES));
  }
  return found;
}

/** As GROQ's `references()` reads them (groq-js `hasReference`): an object with a `_ref` is a reference and is
 * not looked into further. */
function collectReferences(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectReferences(item, into);
  else if (typeof value === 'object' && value !== null) {
    const ref = (value as { _ref?: unknown })._ref;
    if (ref) {
      if (typeof ref === 'string') into.add(ref);
    } else for (const child of Object.values(value)) collectReferences(child, into);
  }
  return into;
}

/** `a.b.c` relative to the current document as ['a', 'b', 'c']; null for anything else. */
function attributePath(node: Node): string[] | null {
  if (node.type !== 'AccessAttribute' || typeof node.name !== 'string') return null;
  if (node.base === undefined) return [node.name];
  const base = attributePath(node.base as Node);
  return base ? [...base, node.name] : null;
}

function constantStrings(node: Node): string[] | null {
  if (
    node.type === 'Value' &&
    Array.isArray(node.value) &&
    node.value.every((item) => typeof item === 'string')
  ) {
    return node.value as string[];
  }
  if (node.type === 'Array') {
    const values: string[] = [];
    for (const element of (node.elements as Node[] | undefined) ?? []) {
      const value =
        (element.value as Node | undefined)?.type === 'Value' ? (element.value as Node).value : undefined;
      if (element.isSplat || typeof value !== 'string') return null;
      values.push(value);
    }
    return values;
  }
  return null;
}
