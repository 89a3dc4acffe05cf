// Every call to action on the site (header, call bar, home hero, article, benefits and contact pages) reads its
// clinic from the site chrome, and only siteSettings.primaryClinic decides which clinic that is. These tests run the
// real queries over the sample dataset with a second clinic added, one of the two broken, and check the chrome
// against a reference rule written from the dataset alone.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fetchArticleBySlug } from '../article/article.ts';
import { fetchHomePage } from '../home/home.ts';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments, type SeedDocument } from '../testing/seed-dataset.ts';
import { CLINIC_ID, CRPS_SLUG } from '../testing/fixtures.ts';
import { fetchClinics, fetchSiteChrome } from './clinic.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const SECOND_ID = 'clinic-second-site';
const SECOND_PHONE = '+12027621401';
const settingsNaming = (ref: string | undefined, fields: Record<string, unknown> = {}): SeedDocument => ({
  ...seedDocument(seed, 'siteSettings'),
  primaryClinic: ref === undefined ? undefined : { _type: 'reference', _ref: ref },
  ...fields,
});
const secondClinic = (fields: Record<string, unknown> = {}): SeedDocument => ({
  ...seedDocument(seed, CLINIC_ID),
  _id: SECOND_ID,
  name: 'Second Site',
  phone: SECOND_PHONE,
  ...fields,
});

describe('fetchSiteChrome on the sample dataset', () => {
  it('has the settings, the clinics and the primary clinic with its number', async () => {
    const chrome = await fetchSiteChrome(memoryFetcher(seed));
    expect(chrome.settings?.siteName).toBe('Propel Therapeutics');
    expect(chrome.clinics.map((clinic) => clinic._id)).toEqual([CLINIC_ID]);
    expect(chrome.primaryClinic).toMatchObject({ _id: CLINIC_ID, phone: { href: 'tel:+19169159215' } });
    expect(capture.events).toEqual([]);
  });

  it('keeps the primary clinic when the settings are invalid', async () => {
    const chrome = await fetchSiteChrome(memoryFetcher(withDocuments(seed, settingsNaming(CLINIC_ID, { medicalDisclaimer: null }))));
    expect(chrome.settings).toBeNull();
    expect(chrome.primaryClinic?._id).toBe(CLINIC_ID);
  });

  it('lists the primary clinic first even when its name sorts later', async () => {
    const chrome = await fetchSiteChrome(memoryFetcher(withDocuments(seed, secondClinic({ name: 'Another Clinic' }))));
    expect(chrome.clinics.map((clinic) => [clinic._id, clinic.isPrimary])).toEqual([
      [CLINIC_ID, true],
      [SECOND_ID, false],
    ]);
  });

  it("shows no number, rather than the other clinic's, when the named clinic is invalid", async () => {
    const nameless = { ...seedDocument(seed, CLINIC_ID), name: ' ' };
    const chrome = await fetchSiteChrome(memoryFetcher(withDocuments(seed, nameless, secondClinic({ isPrimary: true }))));
    expect(chrome.clinics.map((clinic) => clinic._id)).toEqual([SECOND_ID]);
    expect(chrome.primaryClinic).toBeNull();
  });

  it('keeps the primary clinic when its phone is malformed; no tel: link is built from it', async () => {
    const clinic = { ...seedDocument(seed, CLINIC_ID), phone: '916-915-921' };
    const chrome = await fetchSiteChrome(memoryFetcher(withDocuments(seed, clinic)));
    expect(chrome.primaryClinic).toMatchObject({ _id: CLINIC_ID, name: 'Propel Therapeutics', phone: null });
    expect(JSON.stringify(chrome)).not.toContain('tel:');
    expect(capture.events).toEqual([expect.objectContaining({ type: 'site', id: CLINIC_ID, path: 'clinics[0].phone' })]);
  });

  it('has no primary clinic when siteSettings names none, whatever a stored isPrimary flag says', async () => {
    const flagged = { ...seedDocument(seed, CLINIC_ID), isPrimary: true };
    const chrome = await fetchSiteChrome(memoryFetcher(withDocuments(seed, settingsNaming(undefined), flagged, secondClinic())));
    expect(chrome.primaryClinic).toBeNull();
  });
});

// The ways a clinic record can be broken: some cost the whole clinic (no usable name), others one field.
const breakages: Array<Record<string, unknown>> = [
  { name: '' },
  { name: '   ' },
  { name: 42 },
  { phone: 'call us now' },
  { phone: '916-915-9215' },
  { phone: 9169159215 },
  { bookingUrl: 'javascript:alert(1)', mapUrl: 'http://insecure.example' },
  { address: { streetAddress: 'somewhere' } },
];

/** The reference rule: the clinic siteSettings names, if it exists with a usable name; otherwise none. */
function expectedPrimary(documents: SeedDocument[]): string | null {
  const settings = documents.find((document) => document._id === 'siteSettings');
  const ref = (settings?.primaryClinic as { _ref?: string } | undefined)?._ref;
  const named = documents.find((document) => document._type === 'clinic' && document._id === ref);
  return named && typeof named.name === 'string' && named.name.trim() !== '' ? named._id : null;
}

describe('two clinics, one of them broken', () => {
  it('never lets a page show two clinics or two numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          named: fc.constantFrom(CLINIC_ID, SECOND_ID, 'clinic-deleted', undefined),
          broken: fc.constantFrom(CLINIC_ID, SECOND_ID),
          breakage: fc.constantFrom(...breakages),
          // Flags left on stored documents from before the choice moved to site settings.
          flags: fc.tuple(fc.option(fc.boolean()), fc.option(fc.boolean())),
          settingsInvalid: fc.boolean(),
        }),
        async ({ named, broken, breakage, flags: [firstFlag, secondFlag], settingsInvalid }) => {
          const first: SeedDocument = { ...seedDocument(seed, CLINIC_ID), isPrimary: firstFlag ?? undefined };
          const second = secondClinic({ isPrimary: secondFlag ?? undefined });
          const clinics = [first, second].map((clinic) => (clinic._id === broken ? { ...clinic, ...breakage } : clinic));
          const settings = settingsNaming(named, settingsInvalid ? { crisisNotice: '' } : {});
          const documents = withDocuments(seed, settings, ...clinics);
          const fetcher = memoryFetcher(documents);

          const [chrome, listed, home, article] = await Promise.all([
            fetchSiteChrome(fetcher),
            fetchClinics(fetcher),
            fetchHomePage(fetcher),
            fetchArticleBySlug(fetcher, CRPS_SLUG),
          ]);

          const primaryId = expectedPrimary(documents);
          expect(chrome.primaryClinic?._id ?? null).toBe(primaryId);
          // At most one clinic is primary, and it is the one every call to action gets.
          expect(chrome.clinics.filter((clinic) => clinic.isPrimary)).toEqual(chrome.primaryClinic ? [chrome.primaryClinic] : []);
          expect(listed.filter((clinic) => clinic.isPrimary).map((clinic) => clinic._id)).toEqual(primaryId ? [primaryId] : []);
          // The page queries carry no clinic of their own that could disagree with the chrome.
          expect(home).not.toHaveProperty('primaryClinic');
          expect(article).not.toHaveProperty('clinic');
          // So the only number a call to action can show is the primary clinic's, if it has a valid one.
          const primaryDocument = clinics.find((clinic) => clinic._id === primaryId);
          const shown = chrome.primaryClinic?.phone?.e164 ?? null;
          expect(shown === null || shown === primaryDocument?.phone).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
