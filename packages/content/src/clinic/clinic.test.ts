import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments, type SeedDocument } from '../testing/seed-dataset.ts';
import { CLINIC_ID } from '../testing/fixtures.ts';
import { fetchClinics } from './clinic.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const clinicWith = (fields: Record<string, unknown>): SeedDocument => ({ ...seedDocument(seed, CLINIC_ID), ...fields });
const onlyClinic = async (fields: Record<string, unknown>) => {
  const clinics = await fetchClinics(memoryFetcher(withDocuments(seed, clinicWith(fields))));
  return clinics.find((clinic) => clinic._id === CLINIC_ID);
};

describe('fetchClinics on the sample dataset', () => {
  it('returns the clinic record with the calls to action a page needs', async () => {
    const clinics = await fetchClinics(memoryFetcher(seed));
    expect(clinics).toHaveLength(1);
    expect(clinics[0]).toMatchObject({
      _id: CLINIC_ID,
      name: 'Propel Therapeutics',
      isPrimary: true,
      phone: { e164: '+19169159215', display: '(916) 915-9215', href: 'tel:+19169159215' },
      address: {
        streetAddress: '1010 Hurley Way Suite 140',
        addressLocality: 'Sacramento',
        addressRegion: 'CA',
        postalCode: '95825',
        addressCountry: 'US',
      },
      // No hours are invented when the record has none.
      openingHours: [],
    });
    expect(clinics[0]?.directionsUrl).toBe(
      'https://www.google.com/maps/search/?api=1&query=1010%20Hurley%20Way%20Suite%20140%2C%20Sacramento%2C%20CA%2095825',
    );
    expect(capture.events).toEqual([]);
  });
});

describe('a clinic record with bad fields', () => {
  it.each([
    ['916-915-9215', 'national format instead of E.164'],
    ['+1 916 915 9215', 'spaces'],
    ['+15555555555', 'an unassigned number'],
    ['call us', 'words'],
    [9169159215, 'a number instead of text'],
  ])('drops phone %j (%s) to null and keeps the clinic', async (phone, _reason) => {
    const clinic = await onlyClinic({ phone });
    expect(clinic).toMatchObject({ name: 'Propel Therapeutics', phone: null });
    expect(capture.events).toMatchObject([{ type: 'clinic', id: CLINIC_ID, path: 'phone', dropped: 'part' }]);
  });

  it('drops a booking link that is not https, and keeps everything else', async () => {
    const clinic = await onlyClinic({ bookingUrl: 'javascript:alert(1)', mapUrl: 'http://maps.example/x' });
    expect(clinic).toMatchObject({ bookingUrl: null, mapUrl: null, phone: { e164: '+19169159215' } });
    expect(capture.events.map((event) => event.path).sort()).toEqual(['bookingUrl', 'mapUrl']);
  });

  it('uses the map link for directions when there is one', async () => {
    const mapUrl = 'https://maps.app.goo.gl/example';
    expect((await onlyClinic({ mapUrl }))?.directionsUrl).toBe(mapUrl);
  });

  it('has no directions when neither a map link nor a complete address is known', async () => {
    const clinic = await onlyClinic({ address: { streetAddress: '1010 Hurley Way', addressLocality: 'Sacramento' } });
    expect(clinic).toMatchObject({ address: null, directionsUrl: null });
    expect(capture.events).toMatchObject([{ path: 'address', message: expect.stringContaining('addressRegion') }]);
  });

  it('drops an e-mail address that is not one', async () => {
    expect((await onlyClinic({ email: 'front desk' }))?.email).toBeNull();
    expect((await onlyClinic({ email: 'hello@propel.example' }))?.email).toBe('hello@propel.example');
  });

  it('keeps only the opening hours that make sense', async () => {
    const openingHours = [
      { _key: 'a', days: ['Monday', 'Tuesday'], opens: '09:00', closes: '17:00' },
      { _key: 'b', days: ['Funday'], opens: '09:00', closes: '17:00' },
      { _key: 'c', days: ['Friday'], opens: '17:00', closes: '09:00' },
      { _key: 'd', days: ['Saturday'], opens: '9am', closes: '1pm' },
    ];
    const clinic = await onlyClinic({ openingHours });
    expect(clinic?.openingHours).toEqual([{ days: ['Monday', 'Tuesday'], opens: '09:00', closes: '17:00' }]);
    expect(capture.events.map((event) => event.path)).toEqual(['openingHours[1]', 'openingHours[2]', 'openingHours[3]']);
  });

  it('drops geo coordinates outside the globe', async () => {
    expect((await onlyClinic({ geo: { _type: 'geopoint', lat: 38.58, lng: -121.41 } }))?.geo).toEqual({ lat: 38.58, lng: -121.41 });
    expect((await onlyClinic({ geo: { _type: 'geopoint', lat: 138.58, lng: -121.41 } }))?.geo).toBeNull();
  });

  it('leaves out a clinic without a name, and says so', async () => {
    const nameless = { ...seedDocument(seed, CLINIC_ID), _id: 'clinic-nameless', name: '  ' };
    const clinics = await fetchClinics(memoryFetcher(withDocuments(seed, nameless)));
    expect(clinics.map((clinic) => clinic._id)).toEqual([CLINIC_ID]);
    expect(capture.events).toMatchObject([{ id: 'clinic-nameless', path: 'name', dropped: 'document' }]);
  });
});

describe('the primary clinic', () => {
  const secondClinic = (fields: Record<string, unknown> = {}): SeedDocument => ({
    ...seedDocument(seed, CLINIC_ID),
    _id: 'clinic-another',
    name: 'Another Clinic',
    isPrimary: false,
    ...fields,
  });

  it('comes first even when its name sorts later', async () => {
    const clinics = await fetchClinics(memoryFetcher(withDocuments(seed, secondClinic())));
    expect(clinics.map((clinic) => [clinic.name, clinic.isPrimary])).toEqual([
      ['Propel Therapeutics', true],
      ['Another Clinic', false],
    ]);
  });

  it('is the one siteSettings names, whatever the isPrimary flags say', async () => {
    const settings = { ...seedDocument(seed, 'siteSettings'), primaryClinic: { _type: 'reference', _ref: 'clinic-another' } };
    const clinics = await fetchClinics(memoryFetcher(withDocuments(seed, settings, secondClinic())));
    expect(clinics.map((clinic) => [clinic._id, clinic.isPrimary])).toEqual([
      ['clinic-another', true],
      [CLINIC_ID, false],
    ]);
  });

  it('is no clinic when siteSettings names none, whatever a stored isPrimary flag says', async () => {
    const settings = { ...seedDocument(seed, 'siteSettings'), primaryClinic: undefined };
    const flagged = { ...seedDocument(seed, CLINIC_ID), isPrimary: true };
    const clinics = await fetchClinics(memoryFetcher(withDocuments(seed, settings, flagged, secondClinic({ isPrimary: true }))));
    expect(clinics.map((clinic) => clinic.isPrimary)).toEqual([false, false]);
  });
});
