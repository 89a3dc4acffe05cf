import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { captureDroppedContent, memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  languageOfDocument,
  loadSeedDataset,
  seedDocument,
  withDocuments,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import { referencesOf } from '../testing/fixtures.ts';
import { fetchBenefits } from './benefit.ts';

let seed: SeedDocument[];
let seedBenefits: SeedDocument[];
let capture: ReturnType<typeof captureDroppedContent>;
beforeAll(async () => {
  seed = await loadSeedDataset();
  seedBenefits = seed.filter(
    (document) => document._type === 'benefit' && languageOfDocument(document) === 'en',
  );
});
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

describe('fetchBenefits on the sample dataset', () => {
  it('returns every benefit in editorial order, each with its evidence and references', async () => {
    const benefits = await fetchBenefits(memoryFetcher(seed));
    const expectedOrder = [...seedBenefits]
      .sort((a, b) => (a.order as number) - (b.order as number))
      .map((b) => b._id);
    expect(benefits.map((benefit) => benefit._id)).toEqual(expectedOrder);
    for (const benefit of benefits) {
      expect(benefit.references.length).toBeGreaterThan(0);
      expect(benefit.evidenceLabel).toEqual(expect.any(String));
      expect(benefit.qualifier.length).toBeGreaterThan(0);
    }
    expect(capture.events).toEqual([]);
  });

  it('links a benefit to its article by slug', async () => {
    const benefits = await fetchBenefits(memoryFetcher(seed));
    const linked = benefits.filter((benefit) => benefit.article !== null);
    expect(linked.length).toBeGreaterThan(0);
    const slugs = new Set(
      seed.filter((d) => d._type === 'article').map((d) => (d.slug as { current: string }).current),
    );
    for (const benefit of linked) expect(slugs.has(benefit.article?.slug ?? '')).toBe(true);
  });
});

describe('a malformed benefit', () => {
  it('keeps the benefit when one of several references is broken', async () => {
    const benefit = structuredClone(
      seedBenefits.find((b) => referencesOf(b).length > 1) ?? seedBenefits[0],
    ) as SeedDocument;
    const references = referencesOf(benefit);
    references.push({ _key: 'broken', title: 'No source given' });
    const result = (await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)))).find(
      (b) => b._id === benefit._id,
    );
    expect(result?.references.map((reference) => reference._key)).toEqual(
      references.slice(0, -1).map((r) => r._key),
    );
    expect(capture.events).toMatchObject([{ id: benefit._id, path: `references[${references.length - 1}]` }]);
  });

  it('is left out when no valid reference remains: no claim without support', async () => {
    const benefit = {
      ...seedDocument(seed, seedBenefits[0]?._id ?? ''),
      references: [{ _key: 'x', title: 'Only a title' }],
    };
    const benefits = await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)));
    expect(benefits.map((b) => b._id)).not.toContain(benefit._id);
    expect(benefits).toHaveLength(seedBenefits.length - 1);
    expect(capture.events.at(-1)).toMatchObject({
      id: benefit._id,
      dropped: 'document',
      message: 'has no valid reference',
    });
  });

  it('is left out when its evidence level is not one the site explains', async () => {
    const benefit = { ...seedDocument(seed, seedBenefits[0]?._id ?? ''), evidenceLevel: 'proven' };
    const benefits = await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)));
    expect(benefits.map((b) => b._id)).not.toContain(benefit._id);
    expect(capture.events).toMatchObject([{ id: benefit._id, path: 'evidenceLevel', dropped: 'document' }]);
  });

  it('loses only its article link when the article points nowhere', async () => {
    const benefit: SeedDocument = {
      ...seedDocument(seed, seedBenefits[0]?._id ?? ''),
      article: { _type: 'reference', _ref: 'article-gone' },
    };
    const result = (await fetchBenefits(memoryFetcher(withDocuments(seed, benefit)))).find(
      (b) => b._id === benefit._id,
    );
    expect(result).toMatchObject({ statement: benefit['statement'], article: null });
    expect(capture.events).toEqual([]);
  });
});
