// The word index whole-document `text::query()` searches read instead of re-reading every document per query.
// Each stored document's words (every string outside system fields, lower case, accents removed) are counted once
// and kept, as distinct words with how often each occurs, for as long as that stored object exists, so a write
// re-reads only the documents it changed, and the copies a perspective's view makes of a document share its
// count (`storedDocumentOf`). A view's inverted index (word → documents) is built from those counts and each
// view document's `_id` on its first search after a change and kept until the next. A word with `*` is a
// wildcard: `ketam*` is read from the sorted word list by prefix, any other `*` pattern is tried against each
// distinct word (far fewer than the documents).
import type { SanityDocument } from '../store/types.ts';
import { storedDocumentOf } from './perspective.ts';

/** A document's distinct words in order of first appearance, and how many times each occurs. */
interface WordCounts {
  words: string[];
  counts: number[];
}

const countsByDocument = new WeakMap<object, WordCounts>();

/** Lower case without accents ("Ketamína" → "ketamina"): whole-document search ignores accents, as hosted does. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every string value in a document except system fields and keys (`_type`, `_ref`, `_key`, ...). */
function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) if (!key.startsWith('_')) collectText(child, out);
  }
  return out;
}

/** The words of a document's strings (not its `_id`), counted once per stored document object. */
function contentWords(doc: SanityDocument): WordCounts {
  const stored = storedDocumentOf(doc);
  let counted = countsByDocument.get(stored);
  if (!counted) {
    const positions = new Map<string, number>();
    counted = { words: [], counts: [] };
    for (const word of tokenize(collectText(stored).join(' '))) {
      const at = positions.get(word);
      if (at === undefined) {
        positions.set(word, counted.words.length);
        counted.words.push(word);
        counted.counts.push(1);
      } else counted.counts[at]! += 1;
    }
    countsByDocument.set(stored, counted);
  }
  return counted;
}

/**
 * A document's words, repeats included (term frequency ranks `score()`), then its `_id`'s words. Built on each
 * call from the kept counts: only the documents a scored search selects ask for it.
 */
export function documentTokens(doc: SanityDocument): string[] {
  const { words, counts } = contentWords(doc);
  const tokens: string[] = [];
  words.forEach((word, index) => {
    for (let n = counts[index] as number; n > 0; n--) tokens.push(word);
  });
  tokens.push(...tokenize(doc._id));
  return tokens;
}

/** A document's distinct words, its `_id`'s included. */
function distinctWords(doc: SanityDocument): Set<string> {
  const words = new Set(contentWords(doc).words);
  for (const word of tokenize(doc._id)) words.add(word);
  return words;
}

export class TextIndex {
  readonly #documents: readonly SanityDocument[];
  readonly #postings = new Map<string, number[]>();
  readonly #words: string[];

  constructor(documents: readonly SanityDocument[]) {
    this.#documents = documents;
    documents.forEach((doc, index) => {
      for (const word of distinctWords(doc)) {
        const list = this.#postings.get(word);
        if (list) list.push(index);
        else this.#postings.set(word, [index]);
      }
    });
    this.#words = [...this.#postings.keys()].sort();
  }

  /**
   * The documents holding a word for every `include` term (`any`: for at least one) and none for an `exclude`
   * term, in view order.
   */
  select(
    include: readonly string[],
    exclude: readonly string[],
    mode: 'all' | 'any' = 'all',
  ): SanityDocument[] {
    let selected: number[] | null = null;
    if (mode === 'any' && include.length > 0) {
      const union = new Set<number>();
      for (const term of include) for (const index of this.#matching(term)) union.add(index);
      selected = [...union];
    } else {
      for (const term of include) {
        const found = this.#matching(term);
        selected = (selected ?? [...found]).filter((index) => found.has(index));
        if (selected.length === 0) return [];
      }
    }
    const excluded = new Set<number>();
    for (const term of exclude) for (const index of this.#matching(term)) excluded.add(index);
    const indices = selected ?? [...this.#documents.keys()];
    return indices
      .filter((index) => !excluded.has(index))
      .sort((a, b) => a - b)
      .map((index) => this.#documents[index] as SanityDocument);
  }

  /** Indices of the documents with a word matching `term` (a word; `*` matches any run of characters). */
  #matching(term: string): Set<number> {
    const found = new Set<number>();
    const add = (word: string) => {
      for (const index of this.#postings.get(word) ?? []) found.add(index);
    };
    const star = term.indexOf('*');
    if (star === -1) add(term);
    else if (star === term.length - 1) {
      const prefix = term.slice(0, -1);
      for (let i = lowerBound(this.#words, prefix); i < this.#words.length; i++) {
        const word = this.#words[i] as string;
        if (!word.startsWith(prefix)) break;
        add(word);
      }
    } else {
      const pattern = new RegExp(`^${term.split('*').map(escapeRegExp).join('.*')}$`, 'u');
      for (const word of this.#words) if (pattern.test(word)) add(word);
    }
    return found;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LOOKUP_PREFIX = '\uE001text:';
const FIELD_PREFIX = '\uE001field:';

/** The words of a field match, folded as the index's words are (`*` a wildcard). */
export interface FieldTerms {
  includeWords: readonly string[];
  excludeWords: readonly string[];
}

/**
 * How an evaluated query reads a whole-document text match's outcome for the document in scope in constant time:
 * the match becomes `{"_ref": "<prefix><n>:" + _id}->hit` (or `->words` inside `score()`), and the query's
 * `dereference` answers those references from the set of documents the word index selected. (A list of ids,
 * `_id in [...]` or a `select()` on `_id`, costs its length for every document: over thousands, minutes.)
 */
export class TextLookups {
  readonly #sets: Array<{ ids: Set<string>; words: boolean }> = [];
  readonly #fields: Array<{ include: RegExp[]; exclude: RegExp[] }> = [];

  /**
   * The node answering `<text> match text::query(...)` for a field's text without regard to accents or case, as
   * whole-document matches do: `{"_ref": "<prefix><n>:" + <text>}->hit`, where `<text>` is the field's string (an
   * array of strings joined). groq-js's own `match` compares accented letters as they are.
   */
  fieldNode(text: Record<string, unknown>, terms: FieldTerms): Record<string, unknown> {
    const wildcard = (word: string) => new RegExp(`^${word.split('*').map(escapeRegExp).join('.*')}$`, 'u');
    this.#fields.push({
      include: terms.includeWords.map(wildcard),
      exclude: terms.excludeWords.map(wildcard),
    });
    const joined = {
      type: 'FuncCall',
      namespace: 'global',
      name: 'coalesce',
      args: [
        { type: 'FuncCall', namespace: 'array', name: 'join', args: [text, { type: 'Value', value: ' ' }] },
        text,
      ],
    };
    const ref = {
      type: 'OpCall',
      op: '+',
      left: { type: 'Value', value: `${FIELD_PREFIX}${this.#fields.length - 1}:` },
      right: joined,
    };
    return {
      type: 'AccessAttribute',
      base: {
        type: 'Deref',
        base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: ref }] },
      },
      name: 'hit',
    };
  }

  /**
   * Registers a set of documents (those a match selected, or that an index found for a condition); returns the
   * node reading, for the document in scope (by `_id`), whether it is one of them (`hit`, a boolean) or its words
   * when it is (`words`, an array of strings; empty when it is not).
   */
  node(selected: readonly SanityDocument[], attribute: 'hit' | 'words'): Record<string, unknown> {
    this.#sets.push({ ids: new Set(selected.map((doc) => doc._id)), words: attribute === 'words' });
    const ref = {
      type: 'OpCall',
      op: '+',
      left: { type: 'Value', value: `${LOOKUP_PREFIX}${this.#sets.length - 1}:` },
      right: { type: 'AccessAttribute', name: '_id' },
    };
    return {
      type: 'AccessAttribute',
      base: {
        type: 'Deref',
        base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: ref }] },
      },
      name: attribute,
    };
  }

  /** The target of a lookup reference (`undefined` for any other reference): `{hit, words}` of the document. */
  resolve(
    ref: string,
    byId: (id: string) => SanityDocument | undefined,
  ): { hit: boolean; words: string[] } | undefined {
    if (ref.startsWith(FIELD_PREFIX)) {
      const separator = ref.indexOf(':', FIELD_PREFIX.length);
      const field = this.#fields[Number(ref.slice(FIELD_PREFIX.length, separator))];
      if (!field) return undefined;
      const words = tokenize(ref.slice(separator + 1));
      const has = (pattern: RegExp) => words.some((word) => pattern.test(word));
      return { hit: field.include.every(has) && !field.exclude.some(has), words };
    }
    if (!ref.startsWith(LOOKUP_PREFIX)) return undefined;
    const separator = ref.indexOf(':', LOOKUP_PREFIX.length);
    const set = this.#sets[Number(ref.slice(LOOKUP_PREFIX.length, separator))];
    const id = ref.slice(separator + 1);
    const doc = set?.ids.has(id) ? byId(id) : undefined;
    if (!set?.words) return { hit: doc !== undefined, words: [] };
    return doc ? { hit: true, words: documentTokens(doc) } : { hit: false, words: [] };
  }
}
