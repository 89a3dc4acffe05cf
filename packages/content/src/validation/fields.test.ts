// Text fields reach HTML, XML (feeds, sitemap), JSON-LD and URLs: characters none of them may carry are removed
// by the contract, every other character is kept as written.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { optionalText, requiredText, withoutControlCharacters } from './fields.ts';

// XML 1.0 "Char" and HTML's "control"/"noncharacter" parse errors: what a conforming document may hold.
const allowedEverywhere = (character: string) => {
  const code = character.codePointAt(0)!;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return false;
  return true;
};

describe('text fields', () => {
  it('drop control characters, noncharacters and lone surrogates, and keep every other character', () => {
    expect(requiredText.parse('Dose\u0000 <b>&amp;\u0085 ½\uFFFE')).toBe('Dose <b>&amp; ½');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const cleaned = withoutControlCharacters(text);
        expect([...cleaned].every(allowedEverywhere)).toBe(true);
        expect(cleaned).toBe([...text].filter(allowedEverywhere).join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('treat a field holding only such characters as empty', () => {
    expect(requiredText.safeParse('\u0001\u0002').success).toBe(false);
    expect(optionalText().parse('\u0007 ')).toBeNull();
  });
});
