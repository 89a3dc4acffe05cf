// Slugs: the examples editors hit, then the whole kind: any title gives a valid slug, and generating again
// changes nothing.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SLUG_MESSAGE, slugProblem, slugify } from './slug.ts';

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
