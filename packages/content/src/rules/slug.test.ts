// Slugs: the examples editors hit, then the whole kind: any title gives a valid slug, and the GROQ filter the
// list queries use agrees with the rule on hostile strings (groq-js evaluates it as the Content Lake would).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluate, parse } from 'groq-js';
import { SLUG_MESSAGE, slugProblem, slugShapeFilter, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Ketamine FAQ', 'ketamine-faq'],
    ['Ketamine für Depression', 'ketamine-fur-depression'],
    ['Risks & side effects', 'risks-and-side-effects'],
    ['  Ketamine vs. ECT: which?  ', 'ketamine-vs-ect-which'],
    ['CRPS — what_to.expect', 'crps-what-to-expect'],
    ['Ça coûte combien ?', 'ca-coute-combien'],
  ])('%j becomes %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('makes a valid slug, or nothing, from any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (title) => {
        const slug = slugify(title);
        expect(slug === '' || slugProblem(slug) === null).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(96);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 500 },
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

const hostileSlug = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abzAZ09-_. ü\u200b'), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
);

describe('slugShapeFilter', () => {
  it('selects exactly the slugs slugProblem accepts', async () => {
    const filter = `*[${slugShapeFilter('slug.current')}]._id`;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostileSlug, { minLength: 1, maxLength: 20 }), async (slugs) => {
        const dataset = slugs.map((current, index) => ({ _id: `d${index}`, _type: 'article', slug: { current } }));
        const result = await (await evaluate(parse(filter), { dataset })).get();
        const expected = dataset.filter((doc) => slugProblem(doc.slug.current) === null).map((doc) => doc._id);
        expect(result).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
