// Which parts of a result's text hold the searched words, as plain text segments: the site renders the matches as
// <mark> elements with React's escaping, so no content ever reaches the page as HTML.
import { foldWord } from './terms.ts';

/** A run of text and whether it is one of the searched words. Concatenated, the segments are the input text. */
export type HighlightSegment = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits `text` into segments, marking each word that equals a search term, or starts with one (a term of four
 * letters or more, so "bladder" marks "bladders"), compared without case or accents.
 */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  const folded = terms.map(foldWord);
  const isMatch = (word: string) => {
    const key = foldWord(word);
    return folded.some((term) => key === term || (term.length >= 4 && key.startsWith(term)));
  };
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = segments.at(-1);
    if (last && last.match === match && !match) last.text += part;
    else segments.push({ text: part, match });
  };
  let end = 0;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    push(text.slice(end, start), false);
    push(found[0], isMatch(found[0]));
    end = start + found[0].length;
  }
  push(text.slice(end), false);
  return segments;
}

/**
 * Up to `length` characters of `text` around its first searched word, cut at word boundaries, with an ellipsis
 * where text was left out; null when no searched word occurs in it.
 */
export function snippetAround(text: string, terms: readonly string[], length = 220): string | null {
  const segments = highlight(text, terms);
  const firstMatch = segments.findIndex((segment) => segment.match);
  if (firstMatch === -1) return null;
  const offset = segments.slice(0, firstMatch).reduce((sum, segment) => sum + segment.text.length, 0);
  let start = Math.max(0, offset - Math.floor(length / 3));
  let stop = Math.min(text.length, start + length);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (stop < text.length) stop = text.lastIndexOf(' ', stop) > start ? text.lastIndexOf(' ', stop) : stop;
  const body = text.slice(start, stop).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '… ' : ''}${body}${stop < text.length ? ' …' : ''}`;
}
