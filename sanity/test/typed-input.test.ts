// What an editor types into a phone, time or DOI field is stored in the form both the Studio's validation and the
// site's zod contract accept: the normalizers the Studio inputs use (@clinic/content/rules) checked against the
// Studio's own validateDocument and the contract, for generated inputs of each kind.
import { describe, expect, it } from '@jest/globals';
import { citationSchema, clinicSchema } from '@clinic/content';
import { normalizeClockTime, normalizeDoi, normalizePhone } from '@clinic/content/rules';
import { typedClockTime, typedDoi, typedUsPhone } from '@clinic/content/testing/typed-input';
import fc from 'fast-check';
import { byId, firstOfType, seed } from './support/fixtures.ts';
import { validate } from './support/studio.ts';

// validateDocument runs every rule of the document; a few dozen documents per kind keep the suite quick.
const RUNS = { numRuns: 25 };
const clinic = byId('clinic-propel-sacramento');

const errors = (markers: Awaited<ReturnType<typeof validate>>) =>
  markers.filter((marker) => marker.level === 'error').map((marker) => `${JSON.stringify(marker.path)}: ${marker.message}`);

const clinicAsSiteReadsIt = (document: Record<string, unknown>) =>
  clinicSchema.parse({ isPrimary: null, email: null, website: null, address: null, geo: null, ...document });

describe('typed values are stored in a form the Studio and the site both accept', () => {
  it('the reported phone number: (916) 555-0142 is stored as +19165550142 and passes both', async () => {
    const phone = normalizePhone('(916) 555-0142');
    expect(phone).toBe('+19165550142');
    expect(errors(await validate({ ...clinic, phone }, seed))).toEqual([]);
    expect(clinicAsSiteReadsIt({ ...clinic, phone }).phone).toMatchObject({ e164: '+19165550142' });
  });

  it('phone numbers in any national or international layout', async () => {
    await fc.assert(
      fc.asyncProperty(typedUsPhone, async ({ typed, e164 }) => {
        const phone = normalizePhone(typed);
        expect(phone).toBe(e164);
        expect(errors(await validate({ ...clinic, phone }, seed))).toEqual([]);
        expect(clinicAsSiteReadsIt({ ...clinic, phone }).phone?.e164).toBe(e164);
      }),
      RUNS,
    );
  });

  it('opening and closing times written as 9:00, 9am or 5:30 PM', async () => {
    await fc.assert(
      fc.asyncProperty(typedClockTime, typedClockTime, async (opening, closing) => {
        fc.pre(opening.canonical < closing.canonical);
        const hours = {
          _key: 'h1',
          _type: 'openingHours',
          days: ['Monday'],
          opens: normalizeClockTime(opening.typed),
          closes: normalizeClockTime(closing.typed),
        };
        expect([hours.opens, hours.closes]).toEqual([opening.canonical, closing.canonical]);
        const document = { ...clinic, openingHours: [hours] };
        expect(errors(await validate(document, seed))).toEqual([]);
        expect(clinicAsSiteReadsIt(document).openingHours).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('DOIs pasted as doi.org links or with a "doi:" prefix', async () => {
    const benefit = firstOfType('benefit');
    const [first] = benefit.references as Record<string, unknown>[];
    await fc.assert(
      fc.asyncProperty(typedDoi, async ({ typed, doi }) => {
        const reference = { ...first, doi: normalizeDoi(typed) };
        expect(reference.doi).toBe(doi);
        expect(errors(await validate({ ...benefit, references: [reference] }, seed))).toEqual([]);
        expect(citationSchema.parse({ authors: null, year: null, url: null, studyType: null, ...reference }).doi).toBe(doi);
      }),
      RUNS,
    );
  });
});
