// From what a visitor typed to the words a search sends: split into words, every word the content does not contain
// replaced by the closest word it does (a phone keyboard's "ketamne", an unaccented "cronico"), and words most of
// the content holds ("is", "la", "ketamine") left out, since they match everything and rank nothing. The words
// sent are letters and digits only, so no input can carry GROQ or text::query syntax.
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from 'didyoumean2';

/** Longest search text read, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most words sent to the lake; a longer question is cut. */
export const MAX_TERMS = 12;

/** Lower case without accents, for comparing words as a visitor types them ("Crónico" and "cronico" are one). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text: runs of letters and digits, lower-cased (accents kept). */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The words of the content, keyed by folded spelling: each with its spelling in the content, how often it occurs
 * and in how many documents; the spelling correction picks among them.
 */
export type Vocabulary = {
  words: Map<string, { word: string; count: number; documents: number }>;
  documentCount: number;
};

/** A vocabulary of no documents, to add to with `addToVocabulary`. */
export function emptyVocabulary(): Vocabulary {
  return { words: new Map(), documentCount: 0 };
}

/**
 * Adds one document's text (title, excerpt and body together) to `vocabulary`, in place. Words longer than
 * `maxWordLength` characters are not counted.
 */
export function addToVocabulary(vocabulary: Vocabulary, text: string, maxWordLength = Infinity): void {
  const seen = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length > maxWordLength) continue;
    const key = foldWord(word);
    const entry = vocabulary.words.get(key) ?? { word, count: 0, documents: 0 };
    entry.count += 1;
    if (!seen.has(key)) entry.documents += 1;
    seen.add(key);
    vocabulary.words.set(key, entry);
  }
  vocabulary.documentCount += 1;
}

/** Builds the vocabulary of some documents, given as one text each (title, excerpt and body together). */
export function buildVocabulary(documents: readonly string[]): Vocabulary {
  const vocabulary = emptyVocabulary();
  for (const text of documents) addToVocabulary(vocabulary, text);
  return vocabulary;
}

// A phone keyboard's slips are one or two keys; a short word with two changes is a different word.
const maxEdits = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2);

/** The word with two neighbouring letters swapped, each way it can be: the commonest slip on a phone ("pian"). */
export function swaps(word: string): string[] {
  return [...word.slice(1)].map((_, i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
}

/**
 * The content's spelling of `word`: the word itself when the content has it (ignoring case and accents), else a
 * content word that is the same with two neighbouring letters swapped, else the closest content word within one
 * or two edits (most frequent among equally close ones), else `word` unchanged.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string {
  const key = foldWord(word);
  const known = vocabulary.words.get(key);
  if (known) return known.word;
  const edits = maxEdits(word);
  if (edits === 0) return word;
  const swapped = swaps(key).find((candidate) => vocabulary.words.has(candidate));
  if (swapped) return vocabulary.words.get(swapped)!.word;
  const candidates = didYouMean(key, [...vocabulary.words.keys()], {
    deburr: true,
    threshold: edits,
    thresholdType: ThresholdTypeEnums.EDIT_DISTANCE,
    returnType: ReturnTypeEnums.ALL_CLOSEST_MATCHES,
  });
  const best = candidates
    .map((candidate) => vocabulary.words.get(candidate)!)
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))[0];
  return best?.word ?? word;
}

export interface SearchTerms {
  /** The search text as read: trimmed, at most MAX_QUERY_LENGTH characters. */
  query: string;
  /** The words searched for, after correcting spelling and leaving out the commonest; empty when nothing is left. */
  terms: string[];
  /** The search's words as corrected, when correction changed any ("showing results for …"); otherwise null. */
  correctedQuery: string | null;
}

// A word more than half of the documents hold tells them apart no better than no word at all.
const COMMON_SHARE = 0.5;

/**
 * What to search for: each word corrected against the vocabulary; then the words most documents hold are left out,
 * unless all of them are, when the rarest one is kept.
 */
export function searchTermsOf(input: string, vocabulary: Vocabulary): SearchTerms {
  const query = input.trim().slice(0, MAX_QUERY_LENGTH).trim();
  const words = wordsOf(query).slice(0, MAX_TERMS);
  const corrected = words.map((word) => correctWord(word, vocabulary));
  const changed = corrected.some((word, index) => word !== words[index]);
  const share = (word: string) =>
    (vocabulary.words.get(foldWord(word))?.documents ?? 0) / Math.max(1, vocabulary.documentCount);
  const unique = [...new Set(corrected)];
  const distinctive = unique.filter((word) => share(word) <= COMMON_SHARE);
  const rarest = [...unique].sort((a, b) => share(a) - share(b)).slice(0, 1);
  return {
    query,
    terms: distinctive.length > 0 ? distinctive : rarest,
    correctedQuery: changed ? corrected.join(' ') : null,
  };
}
