import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyPatch } from 'mendoza';
import { mendozaDiff, mendozaEffects } from '../src/store/mendoza-diff.ts';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const documentLike = fc.dictionary(
  fc.constantFrom('_id', '_type', 'title', 'body', 'nested', 'tags', 'count'),
  json,
  {
    maxKeys: 7,
  },
);

describe('mendoza effects', () => {
  it('turns any document into any other when decoded by the mendoza package', () => {
    fc.assert(
      fc.property(documentLike, documentLike, (before, after) => {
        expect(applyPatch(before, mendozaDiff(before, after))).toEqual(after);
        expect(applyPatch(after, mendozaDiff(after, before))).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('marks creation and deletion the way the Studio recognises them', () => {
    const doc = { _id: 'a', _type: 'note', _rev: 'r1', title: 'x' };
    const created = mendozaEffects(null, doc);
    expect(created.revert).toEqual([0, null]);
    expect(applyPatch(null, created.apply)).toEqual({ _id: 'a', _type: 'note', title: 'x' });
    expect(mendozaEffects(doc, null).apply).toEqual([0, null]);
  });

  it('describes a one-field edit without repeating the whole document', () => {
    const before = { _id: 'a', _type: 'note', body: 'long text '.repeat(50), title: 'Old' };
    const after = { ...before, title: 'New' };
    const patch = mendozaDiff(before, after);
    expect(JSON.stringify(patch)).not.toContain('long text');
    expect(applyPatch(before, patch)).toEqual(after);
  });
});
