// Slugs: the examples editors hit, then the whole kind over generated titles in many scripts: any title gives a
// valid slug, word boundaries are kept, numbers survive, Latin letters match Unicode's decomposition.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SLUG_MAX_LENGTH, SLUG_MESSAGE, slugProblem, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Ketamine FAQ', 'ketamine-faq'],
    ['Ketamine für Depression', 'ketamine-fur-depression'],
    ['Risks & side effects', 'risks-and-side-effects'],
    ['  Ketamine vs. ECT: which?  ', 'ketamine-vs-ect-which'],
    ['CRPS — what_to.expect', 'crps-what-to-expect'],
    ['Ça coûte combien ?', 'ca-coute-combien'],
    // Word boundaries: a slash, colon or any other non-letter separates words.
    ['1/2 dose', '1-2-dose'],
    ['PTSD/TEPT: ketamina', 'ptsd-tept-ketamina'],
    ['½ dose', '1-2-dose'],
    ['0.5 mg/kg', '0-5-mg-kg'],
    ['Dose < 0.5 mg/kg', 'dose-less-than-0-5-mg-kg'],
    ['50% fewer', '50-percent-fewer'],
    ['Ketamine+therapy', 'ketamine-plus-therapy'],
    // Scripts any-ascii transliterates; none may come out empty.
    ['Кетамин и депрессия', 'ketamin-i-depressiya'],
    ['氯胺酮 治疗', 'luantong-zhiliao'],
    ['ケタミン', 'ketamin'],
    ['ﬁnal ＦＡＱ ２', 'final-faq-2'],
    ['٣ جلسات', '3-jlst'],
    ['😀', 'grinning'],
    ['ع ק', 'u639-k'],
    ['???', 'u3f-u3f-u3f'],
  ])('%j becomes %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives nothing only for a blank title', () => {
    // A combining mark alone (Lao U+0EBA, an acute accent) has no letter to sit on: nothing to spell.
    for (const blank of ['', '   ', '\u200b', '\n\t', '\u0eba', ' \u0301 ']) expect(slugify(blank)).toBe('');
  });

  it('makes a valid, non-empty slug from any title with a visible character, and generating again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (title) => {
        const slug = slugify(title);
        // Visible: anything but white space, controls, format characters, lone surrogates and combining marks.
        const blank = !/[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{M}]/u.test(title);
        expect(slug === '').toBe(blank);
        if (!blank) expect(slugProblem(slug)).toBeNull();
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 500 },
    );
  });
});

// The generated titles: words in many scripts and typographic forms, joined by the separators editors type.
// A word starts with a letter or digit: a vowel sign or other combining mark belongs to the letter before it.
const wordIn = (alphabet: string) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 8 }).filter((text) => !/^\p{M}/u.test(text));
const latinWord = fc.oneof(
  wordIn('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
  wordIn('áàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÉÍÑÓÚÜ'),
  wordIn('ﬁﬂﬀＡＢＣｘｙｚ０１２³²'),
);
const word = fc.oneof(
  latinWord,
  wordIn('абвгдежзийклмнопрстуфхцчшщыэюя'),
  wordIn('αβγδεζηθικλμνξοπρστυφχψω'),
  wordIn('氯胺酮治疗抑郁症疼痛'),
  wordIn('ケタミンの治療'),
  wordIn('케타민치료'),
  wordIn('كيتامينعلاج'),
  wordIn('קטמיןטיפול'),
  wordIn('केटामाइनउपचार'),
  wordIn('ยาเคตามีน'),
);
const separator = fc.constantFrom(' ', '/', ':', ' – ', '—', '·', "'", '’', '.', '_', '(', ')', '\u00a0', '\u200b', '\t', '\n', '…', '«', '»', '¿', '¡', ',', '|', '\\', '"', '*', '#', '!', '?', '~');

/** Unicode's compatibility decomposition (NFKD) less its combining marks: the reference for Latin letters. */
const latinReference = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('slugify over generated titles', () => {
  it('keeps every word boundary: the slug of a title is the slugs of its words joined by hyphens', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 5 }), (parts) => {
        const title = parts.map(([text, sep]) => text + sep).join('');
        const expected = parts.map(([text]) => slugify(text)).join('-');
        fc.pre(expected.length <= SLUG_MAX_LENGTH);
        expect(slugify(title)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes accented and compatibility Latin letters as Unicode decomposes them (NFKD without marks)', () => {
    // Reference: NFKD is Unicode's normative decomposition; for these letters (é → e + ◌́, ﬁ → f i, Ｆ → F,
    // ² → 2) every transliteration scheme agrees on the base letter, so it is an independent check of any-ascii.
    fc.assert(
      fc.property(latinWord, (text) => {
        expect(slugify(text)).toBe(latinReference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every number, in order, whatever the numeral system (digits never merge with their neighbours)', () => {
    // Decimal digits of several numeral systems, each generated with its value: ASCII, Arabic-Indic, Persian,
    // Devanagari, Bengali, Thai, fullwidth.
    const zeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
    const number = fc.tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(...zeros));
    fc.assert(
      fc.property(fc.array(fc.tuple(number, separator), { minLength: 1, maxLength: 6 }), (parts) => {
        const title = parts.map(([[digits, zero], sep]) => digits.map((d) => String.fromCodePoint(zero + d)).join('') + sep).join('');
        expect(slugify(title)).toBe(parts.map(([[digits]]) => digits.join('')).join('-'));
      }),
      { numRuns: 500 },
    );
  });

  it('gives every title in any of these scripts a non-empty slug, and cuts a long one between words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 40 }), (parts) => {
        const title = parts.map(([text, sep]) => text + sep).join('');
        const slug = slugify(title);
        expect(slug).not.toBe('');
        expect(slugProblem(slug)).toBeNull();
        const whole = parts.map(([text]) => slugify(text)).join('-');
        expect(whole === slug || whole.startsWith(`${slug}-`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('slugProblem', () => {
  it.each(['Ketamine-FAQ', 'ketamine faq', 'ketamine--faq', '-faq', 'faq-', 'fa_q', 'fa.q', 'für', ' faq'])(
    'refuses %j with a message saying how to fix it',
    (slug) => {
      expect(slugProblem(slug)).toBe(SLUG_MESSAGE);
    },
  );

  it('accepts lowercase words joined by single hyphens', () => {
    expect(slugProblem('ketamine-for-crps-2')).toBeNull();
  });
});
