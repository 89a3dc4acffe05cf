import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mapSelection } from '../form/caret.ts';

describe('the caret after another person edits the same field', () => {
  it('stays after "ST" when "END" is added at the end (the reported case)', () => {
    const before = 'STWhat happens';
    expect(mapSelection(before, `${before}END`, { start: 2, end: 2 })).toEqual({ start: 2, end: 2 });
  });

  it('moves with the text when something is inserted before it', () => {
    expect(mapSelection('abc', 'XYabc', { start: 1, end: 3 })).toEqual({ start: 3, end: 5 });
  });

  it('sits between the same characters for any text, caret and edit elsewhere in the field', () => {
    // The other person's text uses letters the field does not, so where it went is never ambiguous; an edit
    // exactly at the caret has two right answers and is left out.
    const fieldText = fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'b', ' ', 'é', '\n') });
    const otherText = fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom('X', 'Y', '—') });
    fc.assert(
      fc.property(fieldText, fieldText, otherText, fc.boolean(), (left, right, inserted, atStart) => {
        fc.pre(atStart ? left.length > 0 : right.length > 0);
        const before = left + right;
        const after = atStart ? inserted + before : before + inserted;
        const { start, end } = mapSelection(before, after, { start: left.length, end: left.length });
        expect(start).toBe(end);
        expect(after.slice(0, start)).toBe(atStart ? inserted + left : left);
        expect(after.slice(start)).toBe(atStart ? right : right + inserted);
      }),
    );
  });
});
