// Closing the citation dialog without choosing a reference keeps the mark: the Studio removes an annotation only
// while it holds nothing but `_key` and `_type` (isEmptyItem in sanity 6.9.2's form store), and a new citation
// starts with an empty reference, which the Validation panel then asks to choose.
import { describe, expect, it } from '@jest/globals';
import type { ArraySchemaType, ObjectSchemaType } from 'sanity';
import { byId, seed } from './support/fixtures.ts';
import { schema, validate } from './support/studio.ts';

/** Sanity's rule for dropping an annotation when its dialog closes. */
const STUDIO_DROPS_ON_CLOSE = (value: Record<string, unknown>) =>
  Object.keys(value).every((key) => ['_key', '_type', '_weak'].includes(key));

function citationAnnotationType(): ObjectSchemaType {
  const body = schema.get('blockContent') as ArraySchemaType;
  const block = body.of.find((member) => member.name === 'block') as ObjectSchemaType & {
    fields: { name: string; type: ArraySchemaType }[];
  };
  const markDefs = block.fields.find((field) => field.name === 'markDefs')!.type as ArraySchemaType;
  return markDefs.of.find((member) => member.name === 'citation') as ObjectSchemaType;
}

describe('a citation whose dialog closes without a choice', () => {
  it('is not empty, so the Studio keeps the mark', async () => {
    const initial = citationAnnotationType().initialValue as Record<string, unknown>;
    expect(STUDIO_DROPS_ON_CLOSE({ _key: 'k', _type: 'citation', ...initial })).toBe(false);
  });

  it('asks for the reference in the Validation panel', async () => {
    const article = byId('article-ketamine-for-crps-what-to-expect');
    const body = article.body as { _type: string; markDefs?: unknown[]; children?: { marks?: string[] }[] }[];
    const block = body.find((item) => item._type === 'block')!;
    block.markDefs = [...(block.markDefs ?? []), { _key: 'new-cite', _type: 'citation', referenceKey: '' }];
    block.children![0]!.marks = [...(block.children![0]!.marks ?? []), 'new-cite'];
    const messages = (await validate(article, seed))
      .filter((marker) => marker.level === 'error')
      .map((marker) => marker.message);
    const opening = (block.children![0] as { text?: string }).text!.slice(0, 20);
    expect(
      messages.some(
        (message) =>
          message.includes(`citation on "${opening}`) &&
          message.endsWith('": choose the reference that supports this text'),
      ),
    ).toBe(true);
  });
});
