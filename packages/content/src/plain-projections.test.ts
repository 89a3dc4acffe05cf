import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { articlePlainProjection } from './generated/plain-projections.ts';
import { articlePlainShape } from './article/plain-fields.ts';
import { plainProjectionsFile, plainProjectionsModule } from './plain-projections.ts';
import { plainProjection } from './validation/plain-projection.ts';

describe('plain projections', () => {
  it('are generated from the current shapes (when not, run `npm run typegen`)', () => {
    expect(readFileSync(plainProjectionsFile, 'utf8')).toBe(plainProjectionsModule());
  });

  it("project exactly the article's plain fields, in the shape's order", () => {
    expect(articlePlainProjection).toBe(Object.keys(articlePlainShape).join(', '));
  });

  it('name each field bare, and refuse a key GROQ cannot read as a field', () => {
    expect(plainProjection({ keyPoints: 1, _updatedAt: 2 })).toBe('keyPoints, _updatedAt');
    for (const name of ['seo.title', 'null', 'key-takeaway', '"x"', ''])
      expect(() => plainProjection({ [name]: 1 })).toThrow(RangeError);
  });
});
