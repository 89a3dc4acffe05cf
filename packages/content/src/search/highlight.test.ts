import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { highlight, snippetAround } from './highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('highlight', () => {
  it('marks the searched words without regard to case or accents, and words they begin', () => {
    expect(marked('Ketamine and the BLADDER: bladders', ['ketamine', 'bladder'])).toEqual([
      'Ketamine',
      'BLADDER',
      'bladders',
    ]);
    expect(marked('Dolor crónico y dolores', ['dolor', 'cronico'])).toEqual(['Dolor', 'crónico', 'dolores']);
    expect(marked('Is it safe?', ['is'])).toEqual(['Is']);
    expect(marked('This is', ['is'])).toEqual(['is']);
  });

  it('keeps markup-looking content as text: the segments put together are the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), (text, terms) => {
        expect(
          highlight(text, terms)
            .map((segment) => segment.text)
            .join(''),
        ).toBe(text);
      }),
    );
    expect(marked('<script>ketamine</script>', ['ketamine'])).toEqual(['ketamine']);
  });
});

describe('snippetAround', () => {
  it('cuts a passage around the first searched word, with ellipses where text was left out', () => {
    const text = `${'Intro words. '.repeat(40)}Frequent use can damage the bladder. ${'More text. '.repeat(40)}`;
    const passage = snippetAround(text, ['bladder'], 120)!;
    expect(passage).toContain('bladder');
    expect(passage.startsWith('… ')).toBe(true);
    expect(passage.endsWith(' …')).toBe(true);
    expect(passage.length).toBeLessThanOrEqual(125);
    expect(snippetAround(text, ['absent'])).toBeNull();
  });
});
