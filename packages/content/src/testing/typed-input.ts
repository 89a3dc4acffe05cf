// fast-check generators of values as editors type them, each with the canonical form it must be stored as. The
// canonical form is built from the generated parts, not by the normalizers under test. Used by the tests of the
// normalizers here and by the Studio's agreement tests.
import fc from 'fast-check';
import { isValidE164 } from '../phone.ts';

// Area codes in use (California, New York, Texas, Illinois, Massachusetts), so most generated numbers are real.
const AREA_CODES = ['916', '530', '415', '212', '718', '512', '312', '617'];

/** A valid US number as people write it: "(916) 555-0142", "916.555.0142", "+1 916 555 0142", … */
export const typedUsPhone = fc
  .record({
    area: fc.constantFrom(...AREA_CODES),
    exchange: fc.integer({ min: 200, max: 999 }).map(String),
    line: fc.integer({ min: 0, max: 9999 }).map((line) => String(line).padStart(4, '0')),
    layout: fc.constantFrom(
      (a: string, b: string, c: string) => `(${a}) ${b}-${c}`,
      (a: string, b: string, c: string) => `${a}.${b}.${c}`,
      (a: string, b: string, c: string) => `${a} ${b} ${c}`,
      (a: string, b: string, c: string) => `${a}-${b}-${c}`,
      (a: string, b: string, c: string) => `${a}${b}${c}`,
      (a: string, b: string, c: string) => `1 (${a}) ${b}-${c}`,
      (a: string, b: string, c: string) => `+1 ${a} ${b} ${c}`,
      (a: string, b: string, c: string) => `+1${a}${b}${c}`,
    ),
    padding: fc.constantFrom('', ' ', '  '),
  })
  .map(({ area, exchange, line, layout, padding }) => ({
    typed: `${padding}${layout(area, exchange, line)}${padding}`,
    e164: `+1${area}${exchange}${line}`,
  }))
  .filter(({ e164 }) => isValidE164(e164));

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A time of day as people write it: "9:00", "09:00", "9am", "9:30 PM", "9 a.m.", each with its "HH:MM". */
export const typedClockTime = fc
  .record({
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    twelveHour: fc.boolean(),
    separator: fc.constantFrom(':', '.'),
    meridiemStyle: fc.constantFrom((m: string) => `${m}m`, (m: string) => ` ${m.toUpperCase()}M`, (m: string) => ` ${m}.m.`),
    padHour: fc.boolean(),
  })
  .map(({ hour, minute, twelveHour, separator, meridiemStyle, padHour }) => {
    const canonical = `${twoDigits(hour)}:${twoDigits(minute)}`;
    if (!twelveHour) {
      return { typed: `${padHour ? twoDigits(hour) : hour}${separator}${twoDigits(minute)}`, canonical };
    }
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    const clock = minute === 0 && padHour ? `${hour12}` : `${hour12}:${twoDigits(minute)}`;
    return { typed: `${clock}${meridiemStyle(hour < 12 ? 'a' : 'p')}`, canonical };
  });

const doiSuffixCharacter = fc.constantFrom(...'abcXYZ0129.-_;()/:<>#%'.split(''));

/** A DOI as pasted: bare, "doi:…", or a doi.org link with its path escaped, each with the bare DOI. */
export const typedDoi = fc
  .record({
    registrant: fc.integer({ min: 1000, max: 999_999_999 }).map(String),
    suffix: fc.string({ unit: doiSuffixCharacter, minLength: 1, maxLength: 20 }),
    form: fc.constantFrom(
      (doi: string) => doi,
      (doi: string) => ` ${doi} `,
      (doi: string) => `doi:${doi}`,
      (doi: string) => `DOI: ${doi}`,
      (doi: string) => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`,
      (doi: string) => `http://dx.doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`,
    ),
  })
  .map(({ registrant, suffix, form }) => {
    const doi = `10.${registrant}/${suffix}`;
    return { typed: form(doi), doi };
  });
