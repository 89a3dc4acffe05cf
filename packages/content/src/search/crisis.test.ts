import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mentionsCrisis } from './crisis.ts';

// What visitors in crisis type, in English and Spanish, as typed on a phone: capitals, accents or none.
const CRISIS_QUERIES = [
  'suicide',
  'I want to kill myself',
  'self-harm help',
  'how to stop self harm',
  'suicidal thoughts ketamine',
  'ketamine overdose',
  'quiero morir',
  'pensamientos suicidas',
  'me quiero matar, matarme',
  'autolesión',
  'autolesion',
  'quitarme la vida',
  'no quiero vivir',
];

// Searches about the clinic's other topics.
const OTHER_QUERIES = [
  'ketamine bladder',
  'is ketamine addictive',
  'ketamina adictiva',
  'dolor cronico',
  'side effects',
  'cost and insurance',
  'what a session is like',
  'depresión resistente',
  'decide on treatment',
  'guide to ptsd',
  '',
];

// One slip of a phone keyboard inside the longest word: a letter swapped with its neighbour, dropped or doubled.
const withSlip = (text: string, kind: number, at: number) => {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length < 7) return text;
  const i = 1 + (at % (longest.length - 2));
  const slipped = [
    longest.slice(0, i) + longest[i + 1] + longest[i] + longest.slice(i + 2),
    longest.slice(0, i) + longest.slice(i + 1),
    longest.slice(0, i) + longest[i] + longest.slice(i),
  ][kind]!;
  return words.map((word) => (word === longest ? slipped : word)).join(' ');
};

describe('mentionsCrisis', () => {
  it.each(CRISIS_QUERIES)('recognises %j', (query) => expect(mentionsCrisis(query)).toBe(true));
  it.each(OTHER_QUERIES)('leaves %j alone', (query) => expect(mentionsCrisis(query)).toBe(false));

  it('recognises every crisis query with one slip in its longest word, in any letter case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRISIS_QUERIES),
        fc.nat(2),
        fc.nat(),
        fc.boolean(),
        (query, kind, at, upper) => {
          const typed = withSlip(query, kind, at);
          expect({ typed, found: mentionsCrisis(upper ? typed.toUpperCase() : typed) }).toEqual({
            typed,
            found: true,
          });
        },
      ),
    );
  });

  it('still recognises a crisis query inside a longer search', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRISIS_QUERIES), fc.constantFrom(...OTHER_QUERIES), (crisis, other) => {
        expect(mentionsCrisis(`${other} ${crisis}`)).toBe(true);
      }),
    );
  });
});
