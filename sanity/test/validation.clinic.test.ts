// The Studio refuses a clinic record the site could not use, with a message that says how to fix it.
import { describe, expect, it } from '@jest/globals';
import { byId, seed } from './support/fixtures.ts';
import { normalizePhone, phoneProblem } from '@clinic/content/rules';
import type { ObjectSchemaType } from 'sanity';
import { PHONE_FORMAT_MESSAGE } from '../schemaTypes/shared/rules.ts';
import { errorsAt, schema, validate } from './support/studio.ts';

describe('clinic validation', () => {
  it('rejects a stored phone number calls cannot use, and says retyping fixes it', async () => {
    const clinic = { ...byId('clinic-propel-sacramento'), phone: '916-915-9215' };
    const errors = errorsAt(await validate(clinic, seed), 'phone');
    expect(errors).toEqual([`${PHONE_FORMAT_MESSAGE} (retyping it stores it as +19169159215)`]);
  });

  it('gives examples in its error that the field accepts when typed, as its help text says', () => {
    const field = (schema.get('clinic') as ObjectSchemaType).fields.find((f) => f.name === 'phone')!;
    const examples = [...PHONE_FORMAT_MESSAGE.matchAll(/e\.g\. ([^,]+?)(?:,|$)/g)].map((match) => match[1]!.trim());
    expect(examples).toEqual(['(916) 915-9215', '+44 20 7946 0958']);
    // The help text shows the same way of typing a number.
    expect(field.type.description).toContain(examples[0]);
    for (const typed of examples) expect(phoneProblem(normalizePhone(typed))).toBeNull();
  });

  it('rejects a phone number that is not a real number', async () => {
    const clinic = { ...byId('clinic-propel-sacramento'), phone: '+1555' };
    expect(errorsAt(await validate(clinic, seed), 'phone')).toEqual([
      PHONE_FORMAT_MESSAGE,
    ]);
  });

  it('requires a phone number', async () => {
    const { phone: _phone, ...clinic } = byId('clinic-propel-sacramento');
    expect(errorsAt(await validate(clinic, seed), 'phone')).toEqual([
      'A phone number is required so visitors can call the clinic',
    ]);
  });

  it('rejects an http booking link', async () => {
    const clinic = {
      ...byId('clinic-propel-sacramento'),
      bookingUrl: 'http://www.propeltherapeutics.com/book',
    };
    expect(errorsAt(await validate(clinic, seed), 'bookingUrl')).toEqual([
      'Use a secure link that starts with https://, e.g. https://www.propeltherapeutics.com/',
    ]);
  });

  it('accepts opening hours only when closing is after opening', async () => {
    const clinic = {
      ...byId('clinic-propel-sacramento'),
      openingHours: [
        { _key: 'h1', _type: 'openingHours', days: ['Monday'], opens: '17:00', closes: '09:00' },
      ],
    };
    const markers = await validate(clinic, seed);
    expect(markers.map((marker) => marker.message)).toContain(
      'Opening hours, row 1 ("Monday"): the closing time must be later than the opening time',
    );
  });
});

describe('clinic e-mail', () => {
  it('rejects an address that is not an e-mail', async () => {
    const clinic = { ...byId('clinic-propel-sacramento'), email: 'info at clinic' };
    expect(errorsAt(await validate(clinic, seed), 'email')).toEqual([
      'Enter a valid e-mail address, e.g. info@example.com',
    ]);
  });
});
