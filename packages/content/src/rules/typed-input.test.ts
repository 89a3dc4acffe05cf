// What editors type into phone, time and DOI fields becomes the one stored form the site's rules accept.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { citationSchema } from '../citation/citation.ts';
import { clockTimeProblem, normalizeClockTime, normalizePhone, phoneProblem } from './contact.ts';
import { doiProblem, normalizeDoi } from './doi.ts';
import { typedClockTime, typedDoi, typedUsPhone } from '../testing/typed-input.ts';

const normalizers = [
  { kind: 'phone', normalize: normalizePhone, problem: phoneProblem },
  { kind: 'clock time', normalize: normalizeClockTime, problem: clockTimeProblem },
  { kind: 'DOI', normalize: normalizeDoi, problem: doiProblem },
];

describe('the examples editors gave', () => {
  it.each(['(916) 555-0142', '916.555.0142', '916 555 0142', '+1 916 555 0142', '1-916-555-0142'])(
    'stores the phone number %j as +19165550142',
    (typed) => expect(normalizePhone(typed)).toBe('+19165550142'),
  );

  it.each([
    ['9:00', '09:00'],
    ['9am', '09:00'],
    ['9:00 AM', '09:00'],
    ['9 a.m.', '09:00'],
    ['5:30 PM', '17:30'],
    ['12pm', '12:00'],
    ['12:15 am', '00:15'],
    ['17:30', '17:30'],
    ['9.30', '09:30'],
  ])('stores the time %j as %j', (typed, stored) => expect(normalizeClockTime(typed)).toBe(stored));

  it.each([
    ['https://doi.org/10.1056/NEJMoa2302399', '10.1056/NEJMoa2302399'],
    ['http://dx.doi.org/10.1056/NEJMoa2302399', '10.1056/NEJMoa2302399'],
    ['doi:10.1097/AAP.0000000000000808', '10.1097/AAP.0000000000000808'],
    ['DOI: 10.1097/AAP.0000000000000808', '10.1097/AAP.0000000000000808'],
    [' 10.1002/14651858.CD011612.pub3 ', '10.1002/14651858.CD011612.pub3'],
    ['https://doi.org/10.1002/(SICI)1097-4636%23x', '10.1002/(SICI)1097-4636#x'],
  ])('stores the DOI %j as %j', (typed, stored) => expect(normalizeDoi(typed)).toBe(stored));

  it.each([
    ['(555) 555-5555', normalizePhone],
    ['916-915-9215 ext. 12', normalizePhone],
    ['9', normalizeClockTime],
    ['25:00', normalizeClockTime],
    ['13pm', normalizeClockTime],
    ['9:7', normalizeClockTime],
    ['https://www.nejm.org/doi/full/10.1056/NEJMoa2302399', normalizeDoi],
    ['see the journal', normalizeDoi],
  ])('keeps %j as typed, for validation to explain', (typed, normalize) => {
    expect(normalize(typed)).toBe(typed);
  });
});

describe.each(normalizers)('normalizing a $kind', ({ normalize, problem }) => {
  it('is idempotent for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789 ()+-.:/apmAPMdoi') })), (typed) => {
        const once = normalize(typed);
        expect(normalize(once)).toBe(once);
      }),
    );
  });

  it('either gives a value the rule accepts or leaves the text exactly as typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ()+-.:/apmAPMdoi') }), (typed) => {
        const stored = normalize(typed);
        if (problem(stored) !== null) expect(stored).toBe(typed);
      }),
    );
  });
});

describe('every typed form of a value gives its canonical form, which the rules and the contract accept', () => {
  it('phone numbers', () => {
    fc.assert(
      fc.property(typedUsPhone, ({ typed, e164 }) => {
        expect(normalizePhone(typed)).toBe(e164);
        expect(phoneProblem(e164)).toBeNull();
      }),
    );
  });

  it('clock times', () => {
    fc.assert(
      fc.property(typedClockTime, ({ typed, canonical }) => {
        expect(normalizeClockTime(typed)).toBe(canonical);
        expect(clockTimeProblem(canonical)).toBeNull();
      }),
    );
  });

  it('DOIs, which the citation contract reads the same way whether stored bare or as typed', () => {
    const citation = { _key: 'r1', title: 'A study', authors: null, source: 'A journal', year: 2020, url: null, studyType: null };
    fc.assert(
      fc.property(typedDoi, ({ typed, doi }) => {
        expect(normalizeDoi(typed)).toBe(doi);
        expect(doiProblem(doi)).toBeNull();
        expect(citationSchema.parse({ ...citation, doi }).doi).toBe(doi);
        expect(citationSchema.parse({ ...citation, doi: typed }).doi).toBe(doi);
      }),
    );
  });
});
