/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import { cardFontFaces, type FontFace } from './fonts.ts';
import { STAND_INS, drawableText } from './text.ts';

// Reference: the font files themselves, read with fontkit (a second parser, independent of the opentype.js the
// card code and next/og use). A face fontkit cannot read counts as drawing nothing.
const referenceFonts = new Map<string, fontkit.Font | null>();
function referenceHasGlyph(face: FontFace, codePoint: number): boolean {
  if (!referenceFonts.has(face.file)) referenceFonts.set(face.file, fontkit.openSync(face.file) as fontkit.Font);
  try {
    return referenceFonts.get(face.file)?.hasGlyphForCodePoint(codePoint) ?? false;
  } catch {
    // fontkit reads lazily: a damaged file fails on first use.
    referenceFonts.set(face.file, null);
    return false;
  }
}

/** Every character of the text is in the cmap of one of the faces the card loads. */
function expectDrawable(text: string, faces: FontFace[]) {
  const missing = [...text].filter((character) => character !== ' ' && !faces.some((face) => referenceHasGlyph(face, character.codePointAt(0)!)));
  expect(missing).toEqual([]);
}

describe('social card text', () => {
  it.each([
    ['math symbols', 'Ketamine for adults ≥65: what changes'],
    ['more math', 'Doses ≤0.5 mg/kg, ≠ anesthesia, ±10 %, √n, ∞'],
    ['Greek', 'Κεταμίνη και κατάθλιψη: τι λένε οι μελέτες'],
    ['accented Latin', 'Kétamine et dépression : ça marche ? Ñandú, Łódź, Ørsted, Şişli'],
    ['a CJK title', '氯胺酮治疗抑郁症：研究怎么说'],
    ['Japanese', 'ケタミン療法とうつ病'],
  ])('keeps every character of %s, each drawable with a bundled font', (_kind, title) => {
    const drawable = drawableText(title, 200)!;
    expect(drawable.text).toBe(title);
    expectDrawable(drawable.text, drawable.faces);
  });

  it('has the ≥ of the example drawn, not deleted', () => {
    expect(drawableText('Ketamine for adults ≥65: what changes', 110)?.text).toContain('≥65');
  });

  it('folds compatibility characters to what they mean', () => {
    const drawable = drawableText('ﬁrst dose', 110)!;
    expect(drawable.text).toMatch(/^(ﬁ|fi)rst dose$/);
    expectDrawable(drawable.text, drawable.faces);
  });

  it.each(['Ketamine 🧠 and the brain', '케타민 치료', 'Heart \u{1F9E1}'])('gives up on %j (the generic card is shown) rather than drop a character', (title) => {
    expect(drawableText(title, 110)).toBeNull();
  });

  it('shortens with an ellipsis, never silently', () => {
    const drawable = drawableText('a'.repeat(300), 110)!;
    expect([...drawable.text]).toHaveLength(110);
    expect(drawable.text.endsWith('…') || drawable.text.endsWith('...')).toBe(true);
  });

  it('has a stand-in for symbols that is itself drawable', () => {
    for (const replacement of Object.values(STAND_INS)) expectDrawable(replacement, cardFontFaces());
  });
});

describe('social card text for any title (generated)', () => {
  // Characters editors type: ASCII, Latin-1 and Latin Extended-A, Greek, Cyrillic, general punctuation, math
  // operators, arrows, CJK ideographs and kana, Hangul and emoji (the last two have no bundled font).
  const pools: Array<[number, number]> = [
    [0x20, 0x7e],
    [0xa1, 0x17f],
    [0x391, 0x3c9],
    [0x410, 0x44f],
    [0x2010, 0x2030],
    [0x2190, 0x21ff],
    [0x2200, 0x22ff],
    [0x4e00, 0x4fff],
    [0x3041, 0x30ff],
    [0xac00, 0xac40],
    [0x1f600, 0x1f64f],
  ];
  const character = fc.constantFrom(...pools).chain(([start, end]) => fc.integer({ min: start, max: end })).map((codePoint) => String.fromCodePoint(codePoint));
  const title = fc.array(character, { minLength: 1, maxLength: 40 }).map((characters) => characters.join(''));

  it('draws every character it keeps, and keeps, folds or stands in for every character, or shows the generic card', () => {
    fc.assert(
      fc.property(title, (value) => {
        const drawable = drawableText(value, 200);
        if (drawable === null) {
          // Only when some character has no glyph in any bundled face, nor a drawable folding or stand-in.
          const undrawable = [...value.normalize('NFC')].filter(
            (c) => !/\s/u.test(c) && ![c, c.normalize('NFKC'), STAND_INS[c] ?? ''].some((form) => form !== '' && [...form].every((part) => cardFontFaces().some((face) => referenceHasGlyph(face, part.codePointAt(0)!)))),
          );
          expect(undrawable.length).toBeGreaterThan(0);
          return;
        }
        expectDrawable(drawable.text, drawable.faces);
        // Nothing dropped: each non-space input character is in the output as itself, folded or stood in for.
        let rest = drawable.text;
        for (const c of value.normalize('NFC')) {
          if (/\s/u.test(c)) continue;
          const form = [c, c.normalize('NFKC'), STAND_INS[c]].find((candidate) => candidate && rest.includes(candidate.trim()));
          expect(form).toBeDefined();
          rest = rest.slice(rest.indexOf(form!.trim()) + form!.trim().length);
        }
      }),
      { numRuns: 120 },
    );
  });
});
