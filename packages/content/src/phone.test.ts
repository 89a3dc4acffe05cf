import { describe, expect, it } from '@jest/globals';
import { formatPhoneForDisplay, isValidE164, parsePhoneToE164, telHref, toPhone } from './phone.ts';

const CLINIC = '+19169159215';

describe('parsePhoneToE164', () => {
  it.each([
    ['(916) 915-9215'],
    ['916-915-9215'],
    ['916.915.9215'],
    ['916 915 9215'],
    ['9169159215'],
    ['1 (916) 915-9215'],
    ['+1 916 915 9215'],
    ['+1-916-915-9215'],
    ['  +19169159215  '],
    ['+1\u00a0916\u00a0915\u00a09215'],
  ])('reads %j as the clinic number', (input) => {
    expect(parsePhoneToE164(input)).toBe(CLINIC);
  });

  it('keeps numbers from other countries when written with their country code', () => {
    expect(parsePhoneToE164('+44 20 7946 0958')).toBe('+442079460958');
    expect(parsePhoneToE164('+49 30 901820')).toBe('+4930901820');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['916-915-921', 'a digit short'],
    ['916-915-92155', 'a digit too many'],
    ['(555) 555-5555', 'not a number the US plan assigns'],
    ['1-800-FLOWERS', 'letters of a vanity number'],
    ['916-915-9215 ext. 12', 'an extension, which E.164 cannot carry'],
    ['916-915-9215 x12', 'a short extension'],
    ['Call 916-915-9215 now', 'prose around the number'],
    ['tel:+19169159215', 'a link instead of a number'],
    ['+1 916 915 9215; DROP TABLE', 'trailing garbage'],
    ['9'.repeat(60), 'absurdly long input'],
  ])('refuses %j (%s)', (input) => {
    expect(parsePhoneToE164(input)).toBeNull();
  });

  it('refuses values that are not text', () => {
    expect(parsePhoneToE164(9169159215 as unknown as string)).toBeNull();
    expect(parsePhoneToE164(null as unknown as string)).toBeNull();
  });
});

describe('isValidE164', () => {
  it('accepts canonical E.164 of valid numbers', () => {
    expect(isValidE164(CLINIC)).toBe(true);
    expect(isValidE164('+442079460958')).toBe(true);
  });

  it.each([
    ['+1 916 915 9215', 'spaces'],
    ['19169159215', 'no plus sign'],
    ['(916) 915-9215', 'national format'],
    ['+15555555555', 'unassigned number'],
    ['+1916915921', 'too short'],
    ['+0169159215', 'country code 0'],
    ['+1916915921511111', 'longer than 15 digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(isValidE164(value)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    for (const value of [19169159215, null, undefined, {}, ['+19169159215']]) expect(isValidE164(value)).toBe(false);
  });
});

describe('formatPhoneForDisplay', () => {
  it('shows US numbers in the national format', () => {
    expect(formatPhoneForDisplay(CLINIC)).toBe('(916) 915-9215');
  });

  it('shows other numbers in the international format', () => {
    expect(formatPhoneForDisplay('+442079460958')).toBe('+44 20 7946 0958');
  });

  it('throws for a value that was never validated', () => {
    expect(() => formatPhoneForDisplay('916-915-9215')).toThrow(TypeError);
    expect(() => formatPhoneForDisplay('+15555555555')).toThrow(/Not a valid E\.164/);
  });
});

describe('telHref', () => {
  it('links the E.164 number itself', () => {
    expect(telHref(CLINIC)).toBe('tel:+19169159215');
  });

  it.each([['(916) 915-9215'], ['+1 916 915 9215'], ['javascript:alert(1)'], [''], [null], [42]])(
    'gives no link for %j',
    (value) => {
      expect(telHref(value)).toBeNull();
    },
  );
});

describe('toPhone', () => {
  it('gives the three forms a page needs', () => {
    expect(toPhone(CLINIC)).toEqual({ e164: CLINIC, display: '(916) 915-9215', href: 'tel:+19169159215' });
  });

  it('is null for anything that is not valid E.164', () => {
    expect(toPhone('916-915-9215')).toBeNull();
    expect(toPhone(undefined)).toBeNull();
  });
});
