// Reading level: the English grade is text-readability's Flesch-Kincaid of the prose a reader reads; the Spanish
// score is Fernández-Huerta (206.84 − 0.60·syllables per 100 words − 1.02·sentences per 100 words).
import { describe, expect, it } from '@jest/globals';
import readability from 'text-readability';
import {
  bodyProse,
  englishGrade,
  fernandezHuerta,
  gradeBandOfReadingEase,
  readingLevel,
  spanishSyllables,
} from '../contentCheck/readability.ts';

const block = (text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  style: 'normal',
  children: [{ _type: 'span', text }],
  ...extra,
});

describe('the prose of a body', () => {
  it('reads paragraphs, list items and callouts, ends each as a sentence, and skips headings and calls to action', () => {
    const body = [
      block('Title', { style: 'h2' }),
      block('First paragraph.'),
      block('a list item', { listItem: 'bullet' }),
      { _type: 'callout', tone: 'info', text: 'A note' },
      { _type: 'ctaBlock', heading: 'Call us', text: 'Now' },
      null,
      block('Ends with a colon:'),
    ];
    expect(bodyProse(body)).toBe('First paragraph.\na list item.\nA note.\nEnds with a colon.');
  });
});

describe('English grade', () => {
  it("is the library's Flesch-Kincaid grade of that prose", () => {
    const text = 'Ketamine can raise blood pressure. Staff check it before you leave.';
    expect(englishGrade(text)).toBe(readability.fleschKincaidGrade(text));
    expect(readingLevel([block(text)], 'en')).toEqual({
      summary: `Flesch-Kincaid grade ${readability.fleschKincaidGrade(text).toFixed(1)}`,
      aboveGrade: false,
    });
  });
});

describe('Spanish reading ease', () => {
  it.each([
    ['ketamina', 4],
    ['presión', 2],
    ['ciudad', 2],
    ['aéreo', 4],
    ['país', 2],
    ['construcción', 3],
  ])('counts the syllables of %s as %i', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('computes Fernández-Huerta by its formula', () => {
    // 3 words, 5 syllables (el, ga-to, co-me), 1 sentence.
    expect(fernandezHuerta('El gato come.')).toBeCloseTo(206.84 - 0.6 * (500 / 3) - 1.02 * (100 / 3), 6);
  });

  it("places scores on Flesch's grade bands and flags below 60", () => {
    expect(gradeBandOfReadingEase(72)).toBe('7');
    expect(gradeBandOfReadingEase(65)).toBe('8–9');
    expect(gradeBandOfReadingEase(55)).toBe('10–12');
    expect(readingLevel([block('El gato come.')], 'es').aboveGrade).toBe(false);
  });
});
