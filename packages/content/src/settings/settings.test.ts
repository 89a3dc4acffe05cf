import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments } from '../testing/seed-dataset.ts';
import { fetchSiteSettings } from './settings.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

describe('fetchSiteSettings', () => {
  it('reads the singleton with its disclaimer, crisis notice and primary clinic', async () => {
    const settings = await fetchSiteSettings(memoryFetcher(seed));
    expect(settings).toMatchObject({
      siteName: 'Propel Therapeutics',
      primaryClinicId: 'clinic-propel-sacramento',
      crisisNotice: expect.stringMatching(/988[\s\S]*911|911[\s\S]*988/),
      medicalDisclaimer: expect.stringContaining('not medical advice'),
    });
  });

  it('is null when there are no settings', async () => {
    const fetcher = memoryFetcher(seed.filter((document) => document._type !== 'siteSettings'));
    expect(await fetchSiteSettings(fetcher)).toBeNull();
    expect(capture.events).toEqual([]);
  });

  it('is null, and reported, when a required text is blank', async () => {
    const settings = { ...seedDocument(seed, 'siteSettings'), crisisNotice: '   ' };
    expect(await fetchSiteSettings(memoryFetcher(withDocuments(seed, settings)))).toBeNull();
    expect(capture.events).toMatchObject([{ type: 'siteSettings', id: 'siteSettings', path: 'crisisNotice', dropped: 'document' }]);
  });

  it('treats a blank tagline as no tagline', async () => {
    const settings = { ...seedDocument(seed, 'siteSettings'), tagline: '' };
    expect((await fetchSiteSettings(memoryFetcher(withDocuments(seed, settings))))?.tagline).toBeNull();
    expect(capture.events).toEqual([]);
  });
});
