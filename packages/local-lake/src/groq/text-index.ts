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

/** The value at an attribute path (`a.b` as ['a', 'b']) as GROQ reads it: null past anything but an object. */
export function fieldValue(doc: SanityDocument, path: readonly string[]): unknown {
  let value: unknown = doc;
  for (const name of path) {
    value =
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, name)
        ? (value as Record<string, unknown>)[name]
        : null;
  }
  return value;
}

const fieldWordsByDocument = new WeakMap<
  object,
  { key: string; words: string[] | null } | Map<string, string[] | null>
>();

/**
 * Reads the words of the text a field match reads at `path` of a document (`fieldText`; null when it reads
 * nothing), repeats included, in order. They are kept per stored document like its counted words, for paths
 * outside system fields (which a perspective's copy may change).
 */
export function fieldWordsReader(path: readonly string[]): (doc: SanityDocument) => string[] | null {
  const read = (doc: SanityDocument) => fieldValue(doc, path);
  if (path.some((name) => name.startsWith('_'))) return (doc) => wordsOfValue(read(doc));
  return keptWordsReader(path.join('\u0000'), read);
}

/**
 * Reads the words of `read`'s value for a document (`fieldText`), kept per stored document under `key`. `read`
 * must depend on the stored document's own values only: not on its `_id`, other documents or the query.
 */
export function keptWordsReader(
  key: string,
  read: (doc: SanityDocument) => unknown,
): (doc: SanityDocument) => string[] | null {
  return (doc) => {
    const stored = storedDocumentOf(doc);
    // Most documents are searched by one field: its words are kept as they are; a second makes a map.
    const kept = fieldWordsByDocument.get(stored);
    if (kept instanceof Map) {
      if (!kept.has(key)) kept.set(key, wordsOfValue(read(doc)));
      return kept.get(key) as string[] | null;
    }
    if (kept?.key === key) return kept.words;
    const words = wordsOfValue(read(doc));
    fieldWordsByDocument.set(
      stored,
      kept
        ? new Map([
            [kept.key, kept.words],
            [key, words],
          ])
        : { key, words },
    );
    return words;
  };
}

function wordsOfValue(value: unknown): string[] | null {
  const text = fieldText(value);
  return text === null ? null : tokenize(text);
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

/** A document's distinct words, its `_id`'s included, with how often each occurs (what `documentTokens` repeats). */
function wordCounts(doc: SanityDocument): Map<string, number> {
  const { words, counts } = contentWords(doc);
  const found = new Map<string, number>();
  words.forEach((word, index) => found.set(word, counts[index] as number));
  for (const word of tokenize(doc._id)) found.set(word, (found.get(word) ?? 0) + 1);
  return found;
}

export class TextIndex {
  #documents: readonly SanityDocument[];
  /** word → the view indices of the documents holding it, ascending, and how often each holds it. */
  readonly #postings = new Map<string, { documents: number[]; counts: number[] }>();
  /** Every indexed word, sorted (prefix search reads it). */
  readonly #words: string[];
  readonly #countsOf: (doc: SanityDocument) => Map<string, number>;

  /**
   * `countsOf` gives a document's words and how often each occurs: by default every word of its strings and its
   * `_id` (`documentTokens`); `wordsIndex` makes one of the words an expression reads.
   */
  constructor(
    documents: readonly SanityDocument[],
    countsOf: (doc: SanityDocument) => Map<string, number> = wordCounts,
  ) {
    this.#documents = documents;
    this.#countsOf = countsOf;
    documents.forEach((doc, index) => {
      for (const [word, count] of countsOf(doc)) {
        const list = this.#postings.get(word);
        if (list) {
          list.documents.push(index);
          list.counts.push(count);
        } else this.#postings.set(word, { documents: [index], counts: [count] });
      }
    });
    this.#words = [...this.#postings.keys()].sort();
  }

  /**
   * Moves the index to `documents`, the view after a write, re-reading only the documents at `changed` positions
   * (positions past the old end are new documents; the rest hold the same document objects as before).
   */
  update(documents: readonly SanityDocument[], changed: readonly number[]): void {
    for (const at of changed) {
      const before = this.#documents[at];
      if (before) for (const word of this.#countsOf(before).keys()) this.#remove(word, at);
      for (const [word, count] of this.#countsOf(documents[at] as SanityDocument)) this.#add(word, at, count);
    }
    this.#documents = documents;
  }

  #add(word: string, at: number, count: number): void {
    const list = this.#postings.get(word);
    if (!list) {
      this.#postings.set(word, { documents: [at], counts: [count] });
      this.#words.splice(lowerBound(this.#words, word), 0, word);
      return;
    }
    const index = lowerBound(list.documents, at);
    list.documents.splice(index, 0, at);
    list.counts.splice(index, 0, count);
  }

  #remove(word: string, at: number): void {
    const list = this.#postings.get(word);
    if (!list) return;
    const index = lowerBound(list.documents, at);
    if (list.documents[index] !== at) return;
    list.documents.splice(index, 1);
    list.counts.splice(index, 1);
    if (list.documents.length > 0) return;
    this.#postings.delete(word);
    this.#words.splice(lowerBound(this.#words, word), 1);
  }

  /** The documents the index was built over, in view order: a position is an index into it. */
  get documents(): readonly SanityDocument[] {
    return this.#documents;
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
    return this.selectPositions(include, exclude, mode).map(
      (index) => this.#documents[index] as SanityDocument,
    );
  }

  /** `select`'s documents as positions, ascending. */
  selectPositions(
    include: readonly string[],
    exclude: readonly string[],
    mode: 'all' | 'any' = 'all',
  ): number[] {
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
    return indices.filter((index) => !excluded.has(index)).sort((a, b) => a - b);
  }

  /**
   * For each term, how many of each document's words (`documentTokens`, repeats counted) match it, by position:
   * the `freq` of a `match` score.
   */
  frequencies(terms: readonly string[]): Int32Array[] {
    return terms.map((term) => {
      const found = new Int32Array(this.#documents.length);
      for (const word of this.#wordsMatching(term)) {
        const { documents, counts } = this.#postings.get(word)!;
        for (let at = 0; at < documents.length; at++) found[documents[at]!]! += counts[at]!;
      }
      return found;
    });
  }

  /** Indices of the documents with a word matching `term` (a word; `*` matches any run of characters). */
  #matching(term: string): Set<number> {
    const found = new Set<number>();
    for (const word of this.#wordsMatching(term)) {
      for (const index of this.#postings.get(word)!.documents) found.add(index);
    }
    return found;
  }

  /**
   * The indexed words matching `term` (see `termMatcher`): for a term in ASCII, itself, or for `prefix*` read from
   * the sorted list; any other term is tried against each distinct word.
   */
  #wordsMatching(term: string): string[] {
    const star = term.indexOf('*');
    // eslint-disable-next-line no-control-regex
    const ascii = /^[\x00-\x7f]*$/.test(term);
    if (ascii && star === -1) return this.#postings.has(term) ? [term] : [];
    const found: string[] = [];
    if (ascii && star === term.length - 1) {
      const prefix = term.slice(0, -1);
      for (let i = lowerBound(this.#words, prefix); i < this.#words.length; i++) {
        const word = this.#words[i] as string;
        if (!word.startsWith(prefix)) break;
        found.push(word);
      }
    } else {
      const matches = termMatcher(term);
      for (const word of this.#words) if (matches(word)) found.push(word);
    }
    return found;
  }
}

type WordTest = (word: string) => boolean;

/**
 * Whether a word matches a search term, both folded (`foldText`): the whole word, `*` matching any run of
 * characters, letters compared as groq-js's `match` compares them (a case-insensitive regular expression), so a
 * term selects the words groq-js then scores. A term in ASCII is compared directly: such a pattern matches no
 * other character but the same letter in either case.
 */
export function termMatcher(term: string): WordTest {
  const star = term.indexOf('*');
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(term)) {
    if (star === -1) return (word) => word === term;
    if (star === term.length - 1) {
      const prefix = term.slice(0, -1);
      return (word) => word.startsWith(prefix);
    }
  }
  const pattern = new RegExp(`^${term.split('*').map(escapeRegExp).join('.*')}$`, 'i');
  return (word) => pattern.test(word);
}

/** The first index of a sorted array whose item is not below `value`. */
function lowerBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as T) < value) low = middle + 1;
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
  readonly #fields: Array<{ include: WordTest[]; exclude: WordTest[] }> = [];

  /**
   * The node answering `<text> match text::query(...)` for a field's text without regard to accents or case, as
   * whole-document matches do: `{"_ref": "<prefix><n>:" + <text>}->hit`, where `<text>` is the field's string (an
   * array of strings joined; see `fieldText`). groq-js's own `match` compares accented letters as they are.
   * `words` reads the field's words instead (none when it holds an excluded term), for `score()` to rank.
   */
  fieldNode(
    text: Record<string, unknown>,
    terms: FieldTerms,
    attribute: 'hit' | 'words' = 'hit',
  ): Record<string, unknown> {
    this.#fields.push({
      include: terms.includeWords.map(termMatcher),
      exclude: terms.excludeWords.map(termMatcher),
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
      name: attribute,
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
      const has = (matches: WordTest) => words.some(matches);
      const excluded = field.exclude.some(has);
      return { hit: field.include.every(has) && !excluded, words: excluded ? [] : words };
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

/**
 * The text a field match reads from a field's value, as `TextLookups.fieldNode` builds it in GROQ
 * (`coalesce(array::join(value, " "), value)` joined to a string): a string as it is; an array of strings,
 * numbers and booleans joined by spaces; null for anything else (no words: such a field matches nothing).
 */
export function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return null;
  const primitive = (item: unknown) =>
    typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean';
  return value.every(primitive) ? value.map((item) => `${item as string}`).join(' ') : null;
}

/**
 * An index of the words `wordsOf` reads from each of `documents` (a field match's words, repeats counted), for
 * ranking a match of an expression from postings rather than from every document's words.
 */
export function wordsIndex(
  documents: readonly SanityDocument[],
  wordsOf: (doc: SanityDocument) => readonly string[] | null,
): TextIndex {
  return new TextIndex(documents, (doc) => {
    const counts = new Map<string, number>();
    for (const word of wordsOf(doc) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  });
}
