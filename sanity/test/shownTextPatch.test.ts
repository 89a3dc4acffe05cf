// A keystroke in a text field, sent while another person's characters have reached the document but not yet the
// screen: sent as the Studio's input sends it (`set` of the element's value), the other person's characters are
// deleted; sent as a change to the text the input showed (form/shownTextPatch.ts), everyone's characters are kept,
// each person's in their own order. Applied with @sanity/mutator, the engine the Studio and the lake apply
// patches with; the form patch becomes a mutation patch through the Studio's own `toMutationPatches`.
import { describe, expect, it } from '@jest/globals';
import { Mutation } from '@sanity/mutator';
import fc from 'fast-check';
import { prefixPath, set, toMutationPatches, type FormPatch } from 'sanity';
import { patchFromShownText } from '../form/shownTextPatch.ts';

const ID = 'drafts.typing';

/** The document's `excerpt` after `patch` (made by the excerpt's input) is applied to it as it is now. */
function applyToExcerpt(now: string, patch: FormPatch): string {
  const [mutationPatch] = toMutationPatches([prefixPath(patch, 'excerpt')]);
  const mutation = new Mutation({ mutations: [{ patch: { id: ID, ...mutationPatch } }] });
  const result = mutation.apply({ _id: ID, _type: 'article', excerpt: now } as never) as unknown as {
    excerpt: string;
  };
  return result.excerpt;
}

const insertAt = (text: string, at: number, inserted: string) =>
  text.slice(0, at) + inserted + text.slice(at);

// Each person's characters come from their own alphabet, so the result shows whose characters survived.
const original = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom('a', 'b', 'c', ' ', 'é') });
const theirs = fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom('X', 'Y', 'Z') });
const mine = fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('1', '2', '3') });

describe('a keystroke sent as a change to the text shown', () => {
  it('keeps the other person’s characters that arrived before the screen showed them', () => {
    const shown = 'Ketamine sessions';
    const now = 'Ketamine clinic sessions'; // the other person added "clinic " a moment ago
    const typed = 'Ketamine sessions!';
    expect(applyToExcerpt(now, set(typed))).toBe('Ketamine sessions!');
    expect(applyToExcerpt(now, patchFromShownText(set(typed), shown))).toBe('Ketamine clinic sessions!');
  });

  it('keeps every character of both people, in each person’s order, wherever each typed', () => {
    fc.assert(
      fc.property(original, theirs, mine, fc.nat(), fc.nat(), (shown, their, my, theirSpot, mySpot) => {
        const now = insertAt(shown, theirSpot % (shown.length + 1), their);
        const typed = insertAt(shown, mySpot % (shown.length + 1), my);
        const result = applyToExcerpt(now, patchFromShownText(set(typed), shown));
        expect(result.replace(/[^XYZ]/g, '')).toBe(their);
        expect(result.replace(/[^123]/g, '')).toBe(my);
        expect(result.replace(/[XYZ123]/g, '')).toBe(shown);
        // The input's own patch loses the other person's characters: what this module exists for.
        expect(applyToExcerpt(now, set(typed)).replace(/[^XYZ]/g, '')).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('leaves other patches, and a field that showed no text, as the input sent them', () => {
    expect(patchFromShownText(set('first words'), undefined)).toEqual(set('first words'));
    expect(patchFromShownText(set('same'), 'same')).toEqual(set('same'));
    const nested = prefixPath(set('x'), 'child');
    expect(patchFromShownText(nested, 'shown')).toBe(nested);
  });
});
