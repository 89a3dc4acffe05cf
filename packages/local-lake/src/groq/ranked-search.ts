// Ranks `*[<filter>] | score(...)` without evaluating `score()` document by document in groq-js. The Studio's
// search box sends such a query on every keystroke (`*[_type in $__types] | score(boost(... title match
// text::query($__query), 10), ([@, _id] match text::query($__query) || references($__rawQuery))) [_score > 0]
// {...} | order(...) [0...$__limit]`); over tens of thousands of documents groq-js spends most of a second
// scoring, projecting and ordering every one of them.
//
// Here each argument of `score()` is compiled to a function of the document, answered from the lake's indexes:
// text matches from the word index and each field's kept words (text-index.ts), `references()` and `_type`
// tests from the document index, anything else by groq-js for that one document. The functions give exactly
// what groq-js's `score()` gives the query as text-search.ts rewrites it (the reference the differential test
// holds them to, test/ranked-search-differential.test.ts):
//   - a `match` scores Σ over include terms of f·2.2/(f + 1.2), f the number of words matching the term;
//   - `boost(e, n)` scores e + n when e scores above 0; `a || b` the sum; `a && b` the sum when both score;
//   - anything else 1 when it is true, else 0.
// Only documents that can score are scored when `[_score > 0]` follows; the result, ordered by score with ties
// in dataset order as groq-js's stable sort leaves them, takes the place of the pipe in the tree. When an
// `order()` after it cannot change that order (it sorts by the projected score, descending, or by a constant)
// and a slice follows, only the documents the slice reads are projected.
import type { SanityDocument } from '../store/types.ts';
import { candidatesFor, type DocumentIndex } from './document-index.ts';
import { orderedBy, orderKey, type OrderKey } from './first-matches.ts';
import { elementsRead, readsOuterScope, replaceTopDown, type GroqNode as Node } from './syntax-tree.ts';
import { fieldValue, keptWordsReader, type TextIndex, termMatcher } from './text-index.ts';
import { isTextQuery, parseTerms, patternValue, referencesWholeDocument } from './text-search.ts';

export interface RankingContext {
  /** The view's documents, in dataset order. */
  documents: readonly SanityDocument[];
  index: DocumentIndex;
  textIndex(): TextIndex;
  /**
   * The index of the words `wordsOf` reads from each of the view's documents, built on first use and kept with
   * the view under `key` (updated where a write changes the view); `wordsOf` must depend on the document alone.
   */
  wordsIndex(key: string, wordsOf: (doc: SanityDocument) => readonly string[] | null): TextIndex;
  /**
   * GROQ's value of `condition` with `doc` in scope: true, false, or null for anything else. Evaluated by groq-js;
   * throws what it throws.
   */
  condition(condition: Node, doc: SanityDocument): boolean | null;
  /** The documents among `documents` for which `condition` is true, in order, as groq-js filters them. */
  filter(condition: Node, documents: readonly SanityDocument[]): SanityDocument[];
  /** GROQ's value of `expression` with `doc` in scope, as groq-js evaluates it. */
  value(expression: Node, doc: SanityDocument): unknown;
}

/**
 * The positions (indices in the view's documents) of the documents for which a compiled condition can be true,
 * or a compiled argument can score: a set holding at least those, or null for any document. Computed when asked
 * for (only a `[_score > 0]` asks).
 */
type Possible = () => Set<number> | null;

/** What a condition's natively compiled parts cannot tell without groq-js evaluating the rest. */
const UNDECIDED = Symbol('undecided');
type Decision = boolean | null | typeof UNDECIDED;

/** A compiled condition: its value for a document at its position, and which documents can pass it. */
interface Test {
  value(doc: SanityDocument, at: number): boolean | null;
  possible: Possible;
  /** False when groq-js evaluates a part of it for each document (then a whole scan is filtered by groq-js). */
  native?: boolean;
  /**
   * Its value from the natively compiled parts alone, UNDECIDED when it depends on a part groq-js evaluates
   * (`false && x` is false and `true || x` true whatever x is); `value` when absent.
   */
  decide?(doc: SanityDocument, at: number): Decision;
}

const decision = (test: Test, doc: SanityDocument, at: number): Decision =>
  test.decide ? test.decide(doc, at) : test.value(doc, at);

/** A compiled `score()` argument: its score for a document at its position, and which documents it can score. */
interface Scorer {
  score(doc: SanityDocument, at: number): number;
  possible: Possible;
}

const ANY: Possible = () => null;

/** groq-js's score of one `match` term found `freq` times: `freq · 2.2 / (freq + 1.2)` (BM25's saturation). */
const saturated = (freq: number) => (freq * 2.2) / (freq + 1.2);

/** Computed once, when first asked for. */
function once(compute: () => Set<number> | null): Possible {
  let done = false;
  let value: Set<number> | null = null;
  return () => {
    if (!done) [done, value] = [true, compute()];
    return value;
  };
}

/**
 * `tree` with every scored scan `*[...] | score(...)` it can rank natively replaced by its ranked result, and
 * the projection, `order()` and slice after it narrowed as described above. Anything it cannot answer exactly
 * (a parent scope `^`, a plain `match` in `score()`, a function only groq-js's asynchronous evaluator has) is left
 * for groq-js.
 */
export function rankScoredScans<T>(tree: T, context: RankingContext): T {
  // A query often ranks the same scan twice (`{"total": count(<scan>), "hits": <scan>[0...20]}`): once is enough.
  const rankings = new Map<string, Ranking | null>();
  const rankOnce = (pipe: Node, positiveOnly: boolean): Ranking | null => {
    const key = `${positiveOnly}:${JSON.stringify(pipe)}`;
    if (!rankings.has(key)) rankings.set(key, rank(pipe, positiveOnly, context));
    return rankings.get(key) as Ranking | null;
  };
  return replaceTopDown(
    tree,
    (node) => countOfRanked(node, rankOnce) ?? rankPipeline(node, rankOnce) ?? undefined,
  );
}

/** `count()` of a scored scan (`[_score > 0]` or not): the number of documents it ranks; null for anything else. */
function countOfRanked(node: Node, rank: (pipe: Node, positiveOnly: boolean) => Ranking | null): Node | null {
  if (node.type !== 'FuncCall' || node.name !== 'count' || (node.namespace ?? 'global') !== 'global')
    return null;
  const args = (node.args as Node[] | undefined) ?? [];
  if (args.length !== 1) return null;
  let current = args[0] as Node;
  const positiveOnly = current.type === 'Filter' && isScoreAboveZero(current.expr as Node);
  if (positiveOnly) current = current.base as Node;
  if (current.type !== 'PipeFuncCall' || current.name !== 'score') return null;
  try {
    const ranked = rank(current, positiveOnly);
    return ranked ? { type: 'Value', value: ranked.length } : null;
  } catch {
    return null; // groq-js alone can evaluate it (or will report why it cannot)
  }
}

type Ranking = Array<{ doc: SanityDocument; score: number }>;

/** The layers of `[slice] <- [order()] <- [{projection}] <- [[_score > 0]] <- score()` starting at `node`. */
function rankPipeline(node: Node, rank: (pipe: Node, positiveOnly: boolean) => Ranking | null): Node | null {
  let current = node;
  const slice = current.type === 'Slice' ? current : null;
  if (slice) current = slice.base as Node;
  const order = current.type === 'PipeFuncCall' && current.name === 'order' ? current : null;
  if (order) current = order.base as Node;
  const projection =
    current.type === 'Map' && (current.expr as Node).type === 'Projection' && (current.expr as Node).base
      ? current
      : null;
  if (projection) current = projection.base as Node;
  const positiveOnly = current.type === 'Filter' && isScoreAboveZero(current.expr as Node);
  if (positiveOnly) current = current.base as Node;
  if (current.type !== 'PipeFuncCall' || current.name !== 'score') return null;
  let ranked: Array<{ doc: SanityDocument; score: number }> | null;
  try {
    ranked = rank(current, positiveOnly);
  } catch {
    return null; // groq-js alone can evaluate it (or will report why it cannot)
  }
  if (!ranked) return null;
  const object = projection ? (((projection.expr as Node).expr as Node) ?? null) : null;
  const keepsOrder = !order || (order.args as Node[]).every((key) => keepsScoreOrder(key, object));
  // An order of the documents themselves by their score and attribute paths is applied here too.
  const ordered = order && !keepsOrder && !projection ? orderedNatively(byScore(ranked), order) : null;
  const end = slice ? (elementsRead(slice) ?? Infinity) : Infinity;
  const kept = ordered
    ? ordered.slice(0, end)
    : keepsOrder
      ? best(ranked, end) // the slice reads the first few: they are picked, not every document sorted
      : byScore(ranked);
  let result: Node = {
    type: 'Value',
    value: kept.map(({ doc, score }) => Object.assign({}, doc, { _score: score })),
  };
  if (projection) result = { ...projection, base: result };
  if (order && !keepsOrder && !ordered) result = { ...order, base: result };
  if (slice) result = { ...slice, base: result };
  return result;
}

/**
 * `ranked` (in score order, as groq-js's `score()` leaves them) ordered by `order()`'s keys when each reads the
 * score or an attribute path of the document, compared as GROQ orders values, ties kept in their order; null for
 * any other key.
 */
function orderedNatively(
  ranked: Array<{ doc: SanityDocument; score: number }>,
  order: Node,
): Array<{ doc: SanityDocument; score: number }> | null {
  const keys = (order.args as Node[]).map(orderKey);
  if (keys.length === 0 || keys.some((key) => key === null)) return null;
  return orderedBy(ranked, keys as OrderKey[], ({ doc, score }, path) =>
    path[0] === '_score' ? (path.length === 1 ? score : null) : fieldValue(doc, path),
  );
}

/** The ranked documents highest score first, ties in dataset order (as groq-js's `score()` leaves them). */
function byScore(ranked: Ranking): Ranking {
  return [...ranked].sort((a, b) => b.score - a.score);
}

/** The first `count` of `byScore(ranked)`, picked without sorting the rest. */
function best(ranked: Ranking, count: number): Ranking {
  if (count >= ranked.length) return byScore(ranked);
  const top: Ranking = [];
  for (const entry of ranked) {
    if (top.length === count && !(entry.score > (top[count - 1] as Ranking[number]).score)) continue;
    // After every entry scoring as high: earlier documents stay first among equals.
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((top[middle] as Ranking[number]).score >= entry.score) low = middle + 1;
      else high = middle;
    }
    top.splice(low, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

/** `[_score > 0]`'s condition. */
function isScoreAboveZero(expr: Node): boolean {
  const left = expr.left as Node | undefined;
  const right = expr.right as Node | undefined;
  return (
    expr.type === 'OpCall' &&
    expr.op === '>' &&
    left?.type === 'AccessAttribute' &&
    left.base === undefined &&
    left.name === '_score' &&
    right?.type === 'Value' &&
    right.value === 0
  );
}

/**
 * Whether an `order()` key leaves documents already ordered by score (descending, ties in dataset order) as they
 * are: it reads the score, descending, or the same value for every document. `object` is the projection before
 * it (null when there is none).
 */
function keepsScoreOrder(key: Node, object: Node | null): boolean {
  const descending = key.type === 'Desc';
  const read = key.type === 'Desc' || key.type === 'Asc' ? (key.base as Node) : key;
  const kind = sortValue(read, object);
  return kind === 'constant' || (kind === 'score' && descending);
}

/** What an order key reads from each (projected) document: its score, a constant, or anything else. */
function sortValue(key: Node, object: Node | null): 'score' | 'constant' | 'other' {
  if (key.type === 'Value') return 'constant';
  const valueOf = (expr: Node): 'score' | 'constant' | 'other' => {
    if (expr.type === 'Value') return 'constant';
    return expr.type === 'AccessAttribute' && expr.base === undefined && expr.name === '_score'
      ? 'score'
      : 'other';
  };
  const attribute = (name: unknown): Node | 'absent' | null => {
    if (!object) return name === '_score' ? { type: 'AccessAttribute', name } : null;
    const attributes = (object.attributes as Node[] | undefined) ?? [];
    if (attributes.some((entry) => entry.type !== 'ObjectAttributeValue')) return null; // a splat may hold it
    const found = attributes.filter((entry) => entry.name === name).at(-1);
    return found ? (found.value as Node) : 'absent';
  };
  if (key.type === 'AccessAttribute' && key.base === undefined) {
    const value = attribute(key.name);
    if (value === 'absent') return 'constant';
    return value ? valueOf(value) : 'other';
  }
  const base = key.base as Node | undefined;
  if (key.type === 'AccessElement' && base?.type === 'AccessAttribute' && base.base === undefined) {
    const value = attribute(base.name);
    if (value === 'absent') return 'constant';
    if (!value || value.type !== 'Array' || typeof key.index !== 'number' || key.index < 0) return 'other';
    const elements = (value.elements as Node[] | undefined) ?? [];
    if (elements.some((element) => element.isSplat)) return 'other';
    const element = elements[key.index];
    return element ? valueOf(element.value as Node) : 'constant';
  }
  return 'other';
}

/**
 * The documents of `*[<filter>] | score(<args>)` with their scores, in dataset order (`byScore` and `best` order
 * them by score; a count needs no order), only those scoring above 0 with `positiveOnly`; null when an argument
 * cannot be scored here.
 */
function rank(
  pipe: Node,
  positiveOnly: boolean,
  context: RankingContext,
): Array<{ doc: SanityDocument; score: number }> | null {
  const scan = pipe.base as Node;
  if (scan.type !== 'Filter' || (scan.base as Node).type !== 'Everything') return null;
  if (readsOuterScope(scan.expr) || readsOuterScope(pipe.args)) return null;
  const { documents } = context;
  const filter = compileCondition(scan.expr as Node, context, null);
  if (!filter) return null;
  const scanned = filter.possible();
  const indexed = scanned ? null : candidatesFor(scan.expr as Node, context.index);
  let candidates: number[] = scanned
    ? [...scanned].sort((a, b) => a - b)
    : indexed
      ? indexed.map((doc) => context.index.positionOf(doc) as number)
      : [...documents.keys()];
  const scorers: Scorer[] = [];
  for (const arg of pipe.args as Node[]) {
    const scorer = compileScore(arg, context, candidates);
    if (!scorer) return null;
    scorers.push(scorer);
  }
  if (positiveOnly) {
    // Pruning pays only when it leaves few: past half the candidates, each is scored instead.
    const scoring = union(
      scorers.map((scorer) => scorer.possible),
      candidates.length / 2,
    );
    // A stored `_score` counts too (groq-js adds the arguments' scores to it).
    const stored = (at: number) => typeof (documents[at] as SanityDocument)._score === 'number';
    if (scoring) candidates = candidates.filter((at) => scoring.has(at) || stored(at));
  }
  // Each candidate is decided by the filter's native parts and scored first; groq-js then evaluates the rest of
  // the filter once, over the candidates left undecided that still score (not once per document).
  const ranked: Ranking = [];
  const undecided: SanityDocument[] = [];
  for (const at of candidates) {
    const doc = documents[at] as SanityDocument;
    const decided = decision(filter, doc, at);
    if (decided !== true && decided !== UNDECIDED) continue;
    let score = typeof doc._score === 'number' ? doc._score : 0;
    for (const scorer of scorers) score += scorer.score(doc, at);
    if (positiveOnly && !(score > 0)) continue;
    ranked.push({ doc, score });
    if (decided === UNDECIDED) undecided.push(doc);
  }
  let kept = ranked;
  if (undecided.length > 0) {
    const failing = new Set(undecided);
    for (const doc of context.filter(scan.expr as Node, undecided)) failing.delete(doc);
    kept = ranked.filter((entry) => !failing.has(entry.doc));
  }
  return kept;
}

/** The union of the possible sets; null when one is any document, or when it would hold more than `limit`. */
function union(possibles: Possible[], limit = Infinity): Set<number> | null {
  const all = new Set<number>();
  for (const possible of possibles) {
    const set = possible();
    if (!set || set.size > limit) return null;
    for (const at of set) all.add(at);
    if (all.size > limit) return null;
  }
  return all;
}

function intersection(a: Possible, b: Possible): Possible {
  return once(() => {
    const left = a();
    if (!left) return b();
    if (left.size === 0) return left;
    const right = b();
    if (!right) return left;
    const [small, large] = left.size <= right.size ? [left, right] : [right, left];
    return new Set([...small].filter((at) => large.has(at)));
  });
}

/** The positions of some documents of the view. */
function positionsOf(documents: readonly SanityDocument[], context: RankingContext): Set<number> {
  return new Set(documents.map((doc) => context.index.positionOf(doc) as number));
}

function compileScore(node: Node, context: RankingContext, candidates: readonly number[]): Scorer | null {
  if (node.type === 'OpCall' && node.op === 'match') {
    if (!isTextQuery(node.right)) return null; // a plain `match` scores with groq-js's own tokens
    const pattern = patternValue(node.right as Node);
    if (pattern === undefined) return null;
    const terms = parseTerms(pattern);
    if (terms.includeWords.length > 0) return matchScorer(node.left as Node, terms, context, candidates);
  } else if (node.type === 'FuncCall' && node.name === 'boost') {
    const [inner, amount] = (node.args as Node[] | undefined) ?? [];
    const scorer = inner && compileScore(inner, context, candidates);
    if (!scorer || amount?.type !== 'Value' || typeof amount.value !== 'number') return null;
    const boost = amount.value;
    return {
      score: (doc, at) => {
        const score = scorer.score(doc, at);
        return score > 0 ? score + boost : 0;
      },
      possible: scorer.possible,
    };
  } else if (node.type === 'Or' || node.type === 'And') {
    const left = compileScore(node.left as Node, context, candidates);
    const right = compileScore(node.right as Node, context, candidates);
    if (!left || !right) return null;
    if (node.type === 'Or') {
      return {
        score: (doc, at) => left.score(doc, at) + right.score(doc, at),
        possible: once(() => union([left.possible, right.possible])),
      };
    }
    return {
      score: (doc, at) => {
        const l = left.score(doc, at);
        if (l === 0) return 0;
        const r = right.score(doc, at);
        return r === 0 ? 0 : l + r;
      },
      possible: intersection(left.possible, right.possible),
    };
  }
  const test = compileCondition(node, context, candidates);
  return test && { score: (doc, at) => (test.value(doc, at) === true ? 1 : 0), possible: test.possible };
}

/** A text match inside `score()`: the saturated frequency of each include term among the words it reads. */
function matchScorer(
  left: Node,
  terms: ReturnType<typeof parseTerms>,
  context: RankingContext,
  candidates: readonly number[],
): Scorer | null {
  if (referencesWholeDocument(left)) {
    const text = context.textIndex();
    const scoring = new Set(text.selectPositions(terms.includeWords, terms.excludeWords, 'any'));
    const frequencies = text.frequencies(terms.includeWords);
    return {
      score: (_doc, at) => {
        if (!scoring.has(at)) return 0;
        let score = 0;
        for (const found of frequencies) score += saturated(found[at] as number);
        return score;
      },
      possible: () => scoring,
    };
  }
  const field = fieldMatcher(left, terms, context, candidates, 'any');
  return field && { score: (doc, at) => field.score(doc, at), possible: field.possible };
}

/**
 * A field's text match: `score` as in `score()`, `value` as in a filter (every include term and no exclude term;
 * null when the field holds no text). `possible` holds the documents whose own words hold an include term (`any`)
 * or every one (`all`), and those whose field holds numbers or booleans, which no document's words include.
 */
function fieldMatcher(
  left: Node,
  terms: ReturnType<typeof parseTerms>,
  context: RankingContext,
  candidates: readonly number[] | null,
  mode: 'any' | 'all',
): (Scorer & Test) | null {
  const path = attributePath(left);
  const wordsOf = path ? positionalReader(context.index.fieldWords(path)) : expressionWords(left, context);
  if (!wordsOf) return null;
  const include = terms.includeWords.map(termMatcher);
  const exclude = terms.excludeWords.map(termMatcher);
  const excluded = (words: string[]) => exclude.some((matches) => words.some(matches));
  if (!path && candidates && mode === 'any') {
    // An expression's words (`pt::text(body)`) are long: its matches are ranked from an index of them.
    return {
      ...expressionScorer(left, terms, context, (doc) => wordsOf(doc, -1)),
      value: (doc, at) => {
        const words = wordsOf(doc, at);
        if (!words) return null;
        return include.every((matches) => words.some(matches)) && !excluded(words);
      },
    };
  }
  const possible =
    candidates && path && !path.some((name) => name.startsWith('_'))
      ? once(() => {
          const found = new Set(context.textIndex().selectPositions(terms.includeWords, [], mode));
          for (const at of candidates) {
            if (holdsOtherThanStrings(context.documents[at] as SanityDocument, path)) found.add(at);
          }
          return found;
        })
      : ANY;
  return {
    score: (doc, at) => {
      const words = wordsOf(doc, at);
      if (!words || excluded(words)) return 0;
      let score = 0;
      for (const matches of include) {
        let freq = 0;
        for (const word of words) if (matches(word)) freq++;
        score += saturated(freq);
      }
      return score;
    },
    value: (doc, at) => {
      const words = wordsOf(doc, at);
      if (!words) return null;
      return include.every((matches) => words.some(matches)) && !excluded(words);
    },
    possible,
  };
}

/**
 * The score of an expression's text match, as `fieldMatcher` scores it, from the view's index of the words the
 * expression reads; `possible` is exact: the documents with a word for an include term.
 */
function expressionScorer(
  expression: Node,
  terms: ReturnType<typeof parseTerms>,
  context: RankingContext,
  wordsOf: (doc: SanityDocument) => string[] | null,
): Scorer {
  const index = context.wordsIndex(`expression:${JSON.stringify(expression)}`, wordsOf);
  const frequencies = index.frequencies(terms.includeWords);
  const excluded =
    terms.excludeWords.length > 0 ? new Set(index.selectPositions(terms.excludeWords, [], 'any')) : null;
  const found = once(() => new Set(index.selectPositions(terms.includeWords, [], 'any')));
  return {
    score: (_doc, at) => {
      if (excluded?.has(at)) return 0;
      let score = 0;
      for (const counts of frequencies) score += saturated(counts[at] as number);
      return score;
    },
    possible: found,
  };
}

type WordsOf = (doc: SanityDocument, at: number) => string[] | null;

function positionalReader(words: ReadonlyArray<string[] | null>): WordsOf {
  return (_doc, at) => words[at] as string[] | null;
}

/**
 * The words of an expression that reads only the document's own values (`pt::text(body)`: attribute paths not
 * starting at a system field, `pt::text()`), evaluated by groq-js once per stored document and kept; null for any
 * other expression.
 */
function expressionWords(expression: Node, context: RankingContext): WordsOf | null {
  if (!readsOwnValuesOnly(expression)) return null;
  const read = keptWordsReader(`expression:${JSON.stringify(expression)}`, (doc) =>
    context.value(expression, doc),
  );
  return (doc) => read(doc);
}

function readsOwnValuesOnly(node: Node): boolean {
  if (node.type === 'FuncCall' && node.namespace === 'pt' && node.name === 'text') {
    return ((node.args as Node[] | undefined) ?? []).every(readsOwnValuesOnly);
  }
  const path = attributePath(node);
  return path !== null && !(path[0] as string).startsWith('_');
}

/** Whether the array at `path` holds numbers or booleans (a field match reads them; the word index does not). */
function holdsOtherThanStrings(doc: SanityDocument, path: readonly string[]): boolean {
  const value = fieldValue(doc, path);
  return Array.isArray(value) && value.some((item) => typeof item === 'number' || typeof item === 'boolean');
}

/**
 * A condition compiled to a function of the document. `candidates` (the scan's documents; null while compiling
 * the scan's own filter) is where a field match looks for values the word index does not hold.
 */
function compileCondition(
  node: Node,
  context: RankingContext,
  candidates: readonly number[] | null,
): Test | null {
  const { index } = context;
  switch (node.type) {
    case 'Group':
      return compileCondition(node.base as Node, context, candidates);
    case 'Value':
      if (typeof node.value !== 'boolean') break;
      return { value: () => node.value as boolean, possible: node.value ? ANY : () => new Set<number>() };
    case 'And':
    case 'Or': {
      const left = compileCondition(node.left as Node, context, candidates);
      const right = compileCondition(node.right as Node, context, candidates);
      if (!left || !right) return null;
      const combine = node.type === 'And' ? groqAnd : groqOr;
      return {
        value: (doc, at) => combine(left.value(doc, at), () => right.value(doc, at)) as boolean | null,
        decide: (doc, at) => combine(decision(left, doc, at), () => decision(right, doc, at)),
        possible:
          node.type === 'And'
            ? intersection(left.possible, right.possible)
            : once(() => union([left.possible, right.possible])),
        native: left.native !== false && right.native !== false,
      };
    }
    case 'Not': {
      const inner = compileCondition(node.base as Node, context, candidates);
      if (!inner) return null;
      const not = (value: Decision): Decision => (value === null || value === UNDECIDED ? value : !value);
      return {
        value: (doc, at) => not(inner.value(doc, at)) as boolean | null,
        decide: (doc, at) => not(decision(inner, doc, at)),
        possible: ANY,
        native: inner.native,
      };
    }
    case 'OpCall': {
      const types = typeTest(node);
      if (types) {
        // Within a scan that names its types, a type test rules out few: any document counts as possible.
        const named = new Set(types);
        return { value: (doc) => named.has(doc._type), possible: ANY };
      }
      const comparison = compileComparison(node);
      if (comparison) return comparison;
      if (node.op === 'match' && isTextQuery(node.right)) {
        const pattern = patternValue(node.right as Node);
        if (pattern === undefined) return null;
        const terms = parseTerms(pattern);
        if (terms.includeWords.length === 0 && terms.excludeWords.length === 0) {
          return { value: () => true, possible: ANY };
        }
        if (referencesWholeDocument(node.left as Node)) {
          const found = new Set(context.textIndex().selectPositions(terms.includeWords, terms.excludeWords));
          return { value: (_doc, at) => found.has(at), possible: () => found };
        }
        return fieldMatcher(node.left as Node, terms, context, candidates, 'all');
      }
      break;
    }
    case 'FuncCall': {
      const args = (node.args as Node[] | undefined) ?? [];
      const isDefined = node.name === 'defined' && (node.namespace ?? 'global') === 'global';
      const read = isDefined && args.length === 1 ? plainValue(args[0]) : null;
      if (read) {
        return { value: (doc) => read(doc) !== null, possible: ANY };
      }
      const ids = referencedIds(node);
      if (ids) {
        const referring = positionsOf(index.referencing(ids), context);
        return { value: (_doc, at) => referring.has(at), possible: () => referring };
      }
      break;
    }
  }
  if (containsTextQuery(node)) return null; // only the forms above answer text::query; groq-js cannot
  return {
    value: (doc) => context.condition(node, doc),
    decide: () => UNDECIDED,
    possible: ANY,
    native: false,
  };
}

/** GROQ's `a && b`, reading `b` only when `a` does not decide it; UNDECIDED when an undecided side could. */
function groqAnd(left: Decision, right: () => Decision): Decision {
  if (left === false) return false;
  const r = right();
  if (r === false) return false;
  if (left === UNDECIDED || r === UNDECIDED) return UNDECIDED;
  return left === true && r === true ? true : null;
}

/** GROQ's `a || b`, likewise. */
function groqOr(left: Decision, right: () => Decision): Decision {
  if (left === true) return true;
  const r = right();
  if (r === true) return true;
  if (left === UNDECIDED || r === UNDECIDED) return UNDECIDED;
  return left === false && r === false ? false : null;
}

/**
 * `<value> == <value>` or `!=`, where each side is a constant or reads only the document's own attributes
 * (plainValue); null for any other comparison. GROQ's equality (groq-js `isEqual`): a string, number,
 * boolean or null equals the same value of the same type; any other value equals nothing.
 */
function compileComparison(node: Node): Test | null {
  if (node.op !== '==' && node.op !== '!=') return null;
  const left = plainValue(node.left as Node);
  const right = plainValue(node.right as Node);
  if (!left || !right) return null;
  const equal = (doc: SanityDocument) => groqEquals(left(doc), right(doc));
  return node.op === '==' ? { value: equal, possible: ANY } : { value: (doc) => !equal(doc), possible: ANY };
}

function groqEquals(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  const type = typeof a;
  return (type === 'string' || type === 'number' || type === 'boolean') && typeof b === type && a === b;
}

/**
 * A function reading an expression's GROQ value from the document in scope, for constants, attribute paths and
 * `coalesce()` of those (the first value that is not null); null for any other expression.
 */
function plainValue(node: Node | undefined): ((doc: SanityDocument) => unknown) | null {
  if (!node) return null;
  if (node.type === 'Value') {
    const value = node.value ?? null;
    return () => value;
  }
  if (node.type === 'Group') return plainValue(node.base as Node);
  const path = attributePath(node);
  if (path) return (doc) => fieldValue(doc, path) ?? null;
  if (node.type === 'FuncCall' && node.name === 'coalesce' && (node.namespace ?? 'global') === 'global') {
    const reads = ((node.args as Node[] | undefined) ?? []).map(plainValue);
    if (reads.some((read) => read === null)) return null;
    return (doc) => {
      for (const read of reads) {
        const value = (read as (doc: SanityDocument) => unknown)(doc);
        if (value !== null) return value;
      }
      return null;
    };
  }
  return null;
}

/** `_type == "t"` or `_type in ["a", "b"]` with constants: the types; null for anything else. */
function typeTest(node: Node): string[] | null {
  const left = node.left as Node;
  const right = node.right as Node;
  const isType = (side: Node) =>
    side.type === 'AccessAttribute' && side.base === undefined && side.name === '_type';
  if (node.op === '==') {
    const [value] = isType(left) ? [right] : isType(right) ? [left] : [];
    return value?.type === 'Value' && typeof value.value === 'string' ? [value.value] : null;
  }
  if (node.op !== 'in' || !isType(left)) return null;
  if (
    right.type === 'Value' &&
    Array.isArray(right.value) &&
    right.value.every((v) => typeof v === 'string')
  ) {
    return right.value as string[];
  }
  if (right.type !== 'Array') return null;
  const values: string[] = [];
  for (const element of (right.elements as Node[] | undefined) ?? []) {
    const value = element.value as Node;
    if (element.isSplat || value.type !== 'Value' || typeof value.value !== 'string') return null;
    values.push(value.value);
  }
  return values;
}

/** The ids of `references("id")` or `references(["a", "b"], "c")` with constant arguments; null otherwise. */
function referencedIds(node: Node): string[] | null {
  if (node.name !== 'references' || (node.namespace !== undefined && node.namespace !== 'global'))
    return null;
  const ids: string[] = [];
  for (const arg of (node.args as Node[] | undefined) ?? []) {
    if (arg.type !== 'Value') return null;
    const values = Array.isArray(arg.value) ? arg.value : [arg.value];
    if (!values.every((value) => typeof value === 'string')) return null;
    ids.push(...(values as string[]));
  }
  return ids.length > 0 ? ids : null;
}

function containsTextQuery(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsTextQuery);
  if (typeof value !== 'object' || value === null || (value as Node).type === 'Value') return false;
  return isTextQuery(value) || Object.values(value).some(containsTextQuery);
}

/** `a.b.c` read from the document in scope as ['a', 'b', 'c']; null for anything else. */
function attributePath(node: Node): string[] | null {
  if (node.type !== 'AccessAttribute' || typeof node.name !== 'string') return null;
  if (node.base === undefined) return [node.name];
  const base = attributePath(node.base as Node);
  return base ? [...base, node.name] : null;
}
