// `text::query()` — the Content Lake's full-text search, which the Studio's document lists and search send on
// every load (`[@, _id] match text::query($__query)`). groq-js parses it but cannot run it, so before evaluation
// the lake rewrites each `<left> match text::query(<pattern>)` in the syntax tree:
//   - whole-document matches (`@` on the left) are answered from the word index (text-index.ts): a few matching
//     documents become `_id in [ids]`, more a constant-time lookup per document (`TextLookups`);
//   - field matches (`title match text::query(...)`) are answered from the field's own words, folded as the
//     index's are, so accents and case do not matter there either (TextLookups.fieldNode).
// Inside `score()` a text match must rank, not just select: "used inside score(...) it produces a BM25 relevance
// score" (https://www.sanity.io/docs/content-lake/search-content-with-groq). There it becomes a plain `match` of
// the include terms (folded) against the words the lookup reads — the document's or the field's, folded, none when
// an excluded term is among them — which groq-js scores per term with BM25's term-frequency saturation, so a
// document with more of the terms, or more occurrences, ranks higher and one with only some of them still ranks;
// a document holding an excluded term scores 0. ranked-search.ts computes the same scores without groq-js.
// An empty search matches everything, as in the Content Lake.
import type { SanityDocument } from '../store/types.ts';
import { mapTree, type GroqNode as Node } from './syntax-tree.ts';
import { foldText, TextIndex, TextLookups } from './text-index.ts';

export interface SearchTerms {
  /** The include and exclude terms as typed words (`*` a wildcard), folded as the index's words are. */
  includeWords: string[];
  excludeWords: string[];
}

/** Up to this many ids, a whole-document match in a filter becomes `_id in [ids]`. */
const LIST_LIMIT = 64;

/**
 * `tree` with every `<left> match text::query(...)` answered as above. `textIndex` gives the word index of
 * `documents` (text-index.ts); it is asked for only when the query holds a whole-document text match.
 */
export function rewriteTextQueries<T>(
  tree: T,
  documents: readonly SanityDocument[],
  textIndex: () => TextIndex = () => new TextIndex(documents),
  lookups: TextLookups = new TextLookups(),
): T {
  const scoredMatch = (record: Node): Node => {
    const pattern = patternValue(record.right as Node);
    if (pattern === undefined) return record;
    const terms = parseTerms(pattern);
    if (terms.includeWords.length === 0) return record; // nothing to rank by: the filter form below decides
    const right = { type: 'Value', value: terms.includeWords.join(' ') };
    if (referencesWholeDocument(record.left as Node)) {
      const selected = textIndex().select(terms.includeWords, terms.excludeWords, 'any');
      return { type: 'OpCall', op: 'match', left: lookups.node(selected, 'words'), right };
    }
    return {
      type: 'OpCall',
      op: 'match',
      left: lookups.fieldNode(record.left as Node, terms, 'words'),
      right,
    };
  };

  const scored = mapTree(tree, (record) =>
    record.type === 'PipeFuncCall' && record.name === 'score'
      ? { ...record, args: (record.args as Node[]).map((arg) => rankingMatches(arg, scoredMatch)) }
      : record,
  );

  return mapTree(scored, (record) => {
    if (record.type !== 'OpCall' || record.op !== 'match' || !isTextQuery(record.right)) return record;
    const pattern = patternValue(record.right as Node);
    if (pattern === undefined) return record; // not a constant; evaluation will say so
    const terms = parseTerms(pattern);
    if (terms.includeWords.length === 0 && terms.excludeWords.length === 0)
      return { type: 'Value', value: true };
    if (referencesWholeDocument(record.left as Node)) {
      const selected = textIndex().select(terms.includeWords, terms.excludeWords);
      // A short list lets scan narrowing start from those ids; a long one is read per document in constant time.
      if (selected.length > LIST_LIMIT) return lookups.node(selected, 'hit');
      return {
        type: 'OpCall',
        op: 'in',
        left: { type: 'AccessAttribute', name: '_id' },
        right: { type: 'Value', value: selected.map((doc) => doc._id) },
      };
    }
    // A field's text is matched without regard to accents, as a whole document's is.
    return lookups.fieldNode(record.left as Node, terms);
  });
}

/**
 * Applies `rewrite` to the text matches of a `score()` argument that groq-js scores as matches: the argument
 * itself, the first argument of `boost()`, and the sides of `&&` and `||`. Anything else is scored as a boolean.
 */
function rankingMatches(node: Node, rewrite: (match: Node) => Node): Node {
  if (node.type === 'OpCall' && node.op === 'match' && isTextQuery(node.right)) return rewrite(node);
  if (node.type === 'FuncCall' && node.name === 'boost') {
    const [expr, ...rest] = node.args as Node[];
    return expr ? { ...node, args: [rankingMatches(expr, rewrite), ...rest] } : node;
  }
  if (node.type === 'And' || node.type === 'Or') {
    return {
      ...node,
      left: rankingMatches(node.left as Node, rewrite),
      right: rankingMatches(node.right as Node, rewrite),
    };
  }
  return node;
}

export function patternValue(call: Node): string | undefined {
  const [arg] = (call.args as Node[] | undefined) ?? [];
  return arg?.type === 'Value' && typeof arg.value === 'string' ? arg.value : undefined;
}

export function referencesWholeDocument(left: Node | undefined): boolean {
  if (!left) return false;
  if (left.type === 'This') return true;
  if (left.type === 'Array') {
    return ((left.elements as Node[] | undefined) ?? []).some(
      (element) => (element.value as Node | undefined)?.type === 'This',
    );
  }
  return false;
}

/** Splits a text query into terms: words or "quoted phrases", `-term` to exclude, `*` as a wildcard. */
export function parseTerms(pattern: string): SearchTerms {
  const includeWords: string[] = [];
  const excludeWords: string[] = [];
  for (const match of pattern.matchAll(/(-?)(?:"([^"]*)"|(\S+))/g)) {
    const words = match[1] === '-' ? excludeWords : includeWords;
    const raw = (match[2] ?? match[3] ?? '').toLowerCase();
    for (const word of raw.split(/[^\p{L}\p{N}*]+/u)) {
      // groq-js's `match` reads at most 1,024 characters of a term; the index reads the same.
      if (word !== '' && word !== '*') words.push(foldText(word).slice(0, 1024));
    }
  }
  return { includeWords, excludeWords };
}

/** Whether a `match`'s right side is `text::query(...)`. */
export function isTextQuery(node: unknown): boolean {
  const record = node as Node | undefined;
  return record?.type === 'FuncCall' && record.namespace === 'text' && record.name === 'query';
}
