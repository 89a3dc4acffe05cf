// Properties that must hold for any input, not just the cases someone thought of: whatever the CMS holds, what
// comes out as an href is one of the allowed kinds, and obfuscated scripts never get through.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isValidE164, parsePhoneToE164, telHref } from './phone.ts';
import { safeHref } from './urls.ts';

const ALLOWED = /^(https?:\/\/[^/\\]|mailto:|tel:\+\d+$|\/(?![/\\])|#)/i;

// Characters browsers strip or ignore inside a scheme, and case changes, sprinkled into a dangerous scheme.
const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000b', '\u200b', '\u00ad', '\ufeff', '\u202e');
const obfuscated = (scheme: string) =>
  fc
    .tuple(noise, fc.array(fc.tuple(noise, fc.boolean()), { minLength: scheme.length, maxLength: scheme.length }), fc.string())
    .map(([lead, perChar, payload]) => {
      const body = [...scheme].map((char, index) => {
        const [inserted, upper] = perChar[index] ?? ['', false];
        return inserted + (upper ? char.toUpperCase() : char);
      });
      return `${lead}${body.join('')}:${payload}`;
    });

describe('safeHref for any input', () => {
  it('returns null or an href of an allowed kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'binary' })), (input) => {
        const href = safeHref(input);
        return href === null || ALLOWED.test(href);
      }),
      { numRuns: 3000 },
    );
  });

  it('never lets an obfuscated javascript:, vbscript: or data: through', () => {
    fc.assert(
      fc.property(fc.oneof(obfuscated('javascript'), obfuscated('vbscript'), obfuscated('data')), (input) => {
        expect(safeHref(input)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable: an href it returned passes again unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (input) => {
        const href = safeHref(input);
        return href === null || safeHref(href) === href;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phone numbers for any input', () => {
  it('parse to valid E.164 or to nothing, and only valid E.164 becomes a tel: link', () => {
    const phoneish = fc.stringMatching(/^[+]?[0-9 ().-]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(phoneish, fc.string()), (input) => {
        const e164 = parsePhoneToE164(input);
        if (e164 !== null && !isValidE164(e164)) return false;
        const href = telHref(input);
        return href === null || (isValidE164(input) && href === `tel:${input}`);
      }),
      { numRuns: 3000 },
    );
  });
});
