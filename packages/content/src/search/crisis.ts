// Whether a search is about suicide or self-harm, in English or Spanish, typos and missing accents included: the
// search page then shows the crisis notice (988, 911) above anything else. Erring towards showing it is the safe
// side: a visitor who searched for the clinic's article on suicidal thoughts sees the notice too.
import didYouMean, { ThresholdTypeEnums } from 'didyoumean2';
import { foldWord, swaps, wordsOf } from './terms.ts';

// Single words (folded: no accents, lower case) that are about suicide or self-harm on their own.
const CRISIS_WORDS = [
  'suicide',
  'suicidal',
  'suicidality',
  'suicidio',
  'suicida',
  'suicidarme',
  'selfharm',
  'autolesion',
  'autolesiones',
  'autolesionarme',
  'overdose',
  'sobredosis',
  'matarme',
];

// Phrases, word by word (folded).
const CRISIS_PHRASES = [
  'kill myself',
  'killing myself',
  'end my life',
  'ending my life',
  'take my life',
  'take my own life',
  'self harm',
  'self injury',
  'hurt myself',
  'hurting myself',
  'cut myself',
  'cutting myself',
  'want to die',
  'wanna die',
  'better off dead',
  'no reason to live',
  'quiero morir',
  'quiero morirme',
  'me quiero morir',
  'quitarme la vida',
  'no quiero vivir',
  'hacerme dano',
  'lastimarme',
].map((phrase) => phrase.split(' '));

// Two neighbouring letters swapped, or a slip of one key in a word of four letters or more, two from seven.
function closeTo(word: string, target: string): boolean {
  if (word === target) return true;
  const edits = target.length < 4 ? 0 : target.length < 7 ? 1 : 2;
  if (edits === 0) return false;
  if (swaps(word).includes(target)) return true;
  return (
    didYouMean(word, [target], { threshold: edits, thresholdType: ThresholdTypeEnums.EDIT_DISTANCE }) !== null
  );
}

/** True when the search text mentions suicide or self-harm (English or Spanish, typos within one or two keys). */
export function mentionsCrisis(text: string): boolean {
  const words = wordsOf(text).map(foldWord);
  if (words.some((word) => word.length >= 5 && CRISIS_WORDS.some((target) => closeTo(word, target))))
    return true;
  return CRISIS_PHRASES.some((phrase) =>
    words.some((_, start) => phrase.every((target, offset) => closeTo(words[start + offset] ?? '', target))),
  );
}
