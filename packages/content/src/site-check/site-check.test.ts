// The Site check finds what the site drops: nothing for the sample dataset, and for one broken article the field
// and the editor's fix.
import { describe, expect, it } from '@jest/globals';
import { SLUG_MESSAGE } from '../rules/slug.ts';
import { memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments } from '../testing/seed-dataset.ts';
import { CRPS_ARTICLE_ID, CLINIC_ID } from '../testing/fixtures.ts';
import { checkPublishedContent } from './site-check.ts';

const seed = await loadSeedDataset();

describe('checkPublishedContent', () => {
  it('finds nothing when the site shows every published document whole', async () => {
    expect(await checkPublishedContent(memoryFetcher(seed))).toEqual([]);
  });

  it('names an article the site cannot route to, with the fix', async () => {
    const broken = {
      ...seedDocument(seed, CRPS_ARTICLE_ID),
      slug: { _type: 'slug', current: 'Ketamine-FAQ' },
    };
    const findings = await checkPublishedContent(memoryFetcher(withDocuments(seed, broken)));
    // Named once, at its own field, although its Spanish translation's page also loses the link to it.
    expect(findings.filter((finding) => finding.id === CRPS_ARTICLE_ID)).toEqual([
      { type: 'article', id: CRPS_ARTICLE_ID, path: 'slug', message: SLUG_MESSAGE, dropped: 'document' },
    ]);
    // The benefit that links to it is shown without that link.
    expect(findings.filter((finding) => finding.id !== CRPS_ARTICLE_ID)).toMatchObject([
      { type: 'benefit', id: 'benefit-crps-pain-relief', path: 'article', dropped: 'part' },
    ]);
  });

  it('names a part the site leaves out once, however many pages show it', async () => {
    const clinic = { ...seedDocument(seed, CLINIC_ID), website: 'http://insecure.example/' };
    const findings = await checkPublishedContent(memoryFetcher(withDocuments(seed, clinic)));
    expect(findings.map((finding) => [finding.id, finding.path, finding.dropped])).toEqual([
      [CLINIC_ID, 'website', 'part'],
    ]);
  });
});
