// Reading level of an article's body, for plain-language checks. English: the Flesch-Kincaid grade from the
// `text-readability` library. Spanish: the Fernández-Huerta reading ease (Fernández Huerta 1959, Flesch's formula
// refitted for Spanish: 206.84 − 0.60·P − 1.02·F, P syllables and F sentences per 100 words), with syllables
// counted from the Spanish hyphenation patterns of the `hyphen` library (TeX's syllable-based patterns) plus one
// for each hiatus those patterns keep together. No maintained npm package computes Fernández-Huerta itself.
import hyphenEs from 'hyphen/es/index.js';
import readability from 'text-readability';
import type { SiteLanguage } from '@clinic/content/languages';

const { hyphenateSync } = hyphenEs;

/** The highest US school grade the site's articles may read at (a warning above it). */
export const MAX_READING_GRADE = 8;
/**
 * The lowest Fernández-Huerta score that reads at US grade 8 or below: Flesch's scale, which Fernández-Huerta
 * keeps, puts 60–70 at "grades 8 and 9" and 50–60 at "grades 10 to 12".
 */
export const MIN_SPANISH_READING_EASE = 60;

type Span = { _type?: string; text?: unknown };
type BodyItem = { _type?: string; style?: string; listItem?: string; children?: Span[]; text?: unknown };

/**
 * The prose a reader reads in an article body, one sentence-ended line per paragraph, list item and callout.
 * Headings, calls to action and images are left out: they are labels, not sentences. A line without end
 * punctuation (a list item) gets a full stop, so every item counts as the sentence it reads as.
 */
export function bodyProse(body: unknown): string {
  if (!Array.isArray(body)) return '';
  return (body as (BodyItem | null)[])
    .filter((item): item is BodyItem => Boolean(item) && typeof item === 'object')
    .map((item) => {
      if (item._type === 'callout') return typeof item.text === 'string' ? item.text : '';
      if (item._type !== 'block' || (item.style && !['normal', 'blockquote'].includes(item.style))) return '';
      return (item.children ?? []).map((span) => (typeof span.text === 'string' ? span.text : '')).join('');
    })
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => (/[.!?:;]["')\]]*$/.test(line) ? line.replace(/[:;]$/, '.') : `${line}.`))
    .join('\n');
}

/** US school grade of English text (Flesch-Kincaid, via text-readability); 0 for empty text. */
export function englishGrade(text: string): number {
  return text.trim() ? readability.fleschKincaidGrade(text) : 0;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const STRONG_VOWEL_PAIR = /[aeoáéó][aeoáéó]|[íú][aeo]|[aeo][íú]/g;

/** Syllables in one Spanish word: hyphenation points plus hiatus the patterns keep in one part. */
export function spanishSyllables(word: string): number {
  const parts = hyphenateSync(word.toLowerCase(), { hyphenChar: '|', minWordLength: 1 }).split('|');
  const hiatus = parts.reduce((sum, part) => sum + (part.match(STRONG_VOWEL_PAIR)?.length ?? 0), 0);
  return parts.length + hiatus;
}

/**
 * Fernández-Huerta reading ease of Spanish text: higher is easier (about 0–100); 0 for empty text. Sentences end
 * at `.`, `!`, `?` or a line break.
 */
export function fernandezHuerta(text: string): number {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return 0;
  const sentences = text.split(/[.!?]+(?:\s|$)|\n/).filter((sentence) => WORD.test(sentence)).length || 1;
  WORD.lastIndex = 0;
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const perHundred = 100 / words.length;
  return 206.84 - 0.6 * syllables * perHundred - 1.02 * sentences * perHundred;
}

/** The US grade band Flesch's scale gives a reading-ease score (as Fernández-Huerta uses it). */
export function gradeBandOfReadingEase(score: number): string {
  if (score >= 90) return '5';
  if (score >= 80) return '6';
  if (score >= 70) return '7';
  if (score >= 60) return '8–9';
  if (score >= 50) return '10–12';
  if (score >= 30) return 'college';
  return 'graduate';
}

export interface ReadingLevel {
  /** "Flesch-Kincaid grade 7.4" or "Fernández-Huerta 66.1 (grade 8–9)". */
  summary: string;
  /** True when the text reads above US grade 8. */
  aboveGrade: boolean;
}

/** The reading level of an article body in its language. */
export function readingLevel(body: unknown, language: SiteLanguage): ReadingLevel {
  const text = bodyProse(body);
  if (language === 'es') {
    const score = fernandezHuerta(text);
    return {
      summary: `Fernández-Huerta ${score.toFixed(1)} (grade ${gradeBandOfReadingEase(score)})`,
      aboveGrade: score < MIN_SPANISH_READING_EASE,
    };
  }
  const grade = englishGrade(text);
  return { summary: `Flesch-Kincaid grade ${grade.toFixed(1)}`, aboveGrade: grade > MAX_READING_GRADE };
}
