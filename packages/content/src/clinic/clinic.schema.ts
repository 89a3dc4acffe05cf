import { z } from 'zod';
import { WEEKDAYS } from '../taxonomy.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { optionalHttpsUrl, optionalPhone, optionalText, requiredText } from '../validation/fields.ts';

const SIMPLE_EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const addressSchema = z.object({
  streetAddress: requiredText,
  addressLocality: requiredText,
  addressRegion: requiredText,
  postalCode: requiredText,
  addressCountry: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
    .nullish()
    .transform((country) => country ?? 'US'),
});

export type PostalAddress = z.output<typeof addressSchema>;

const geoSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

// Hours are shown only as entered: an entry with unknown days or an impossible time is left out, never guessed.
const openingHoursSchema = z
  .object({
    // TypeGen types a string array with an options list as plain string[], so the input side says string and the
    // weekday check happens at runtime.
    days: z
      .array(z.string())
      .min(1)
      .pipe(z.array(z.enum(WEEKDAYS))),
    opens: z.string().regex(CLOCK_TIME, 'must be HH:MM'),
    closes: z.string().regex(CLOCK_TIME, 'must be HH:MM'),
  })
  .refine((hours) => hours.opens < hours.closes, { message: 'must close after it opens', path: ['closes'] });

/** A Google Maps search for the address, for when the clinic record has no map link of its own. */
export function directionsUrlFor(address: PostalAddress): string {
  const query = [address.streetAddress, address.addressLocality, `${address.addressRegion} ${address.postalCode}`]
    .join(', ');
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/**
 * A clinic contact record. Only the name is essential; every other field that fails validation is dropped to
 * null (or left out of its list) and reported, so a typo in the booking link never takes the phone number with it.
 */
export const clinicSchema = z
  .object({
    _id: requiredText,
    name: requiredText,
    isPrimary: z
      .boolean()
      .nullable()
      .transform((value) => value ?? false),
    phone: optionalPhone(),
    email: droppable(z.string().trim().regex(SIMPLE_EMAIL, 'must be an e-mail address').nullable(), null),
    website: optionalHttpsUrl(),
    address: droppable(addressSchema.nullable(), null),
    geo: droppable(geoSchema.nullable(), null),
    openingHours: lenientArray(openingHoursSchema),
    bookingUrl: optionalHttpsUrl(),
    mapUrl: optionalHttpsUrl(),
    services: lenientArray(requiredText),
    description: optionalText(),
    // What only the clinic can say about a visit and about costs; marketing fills these in, pages read well without.
    visitDescription: optionalText(),
    paymentInformation: optionalText(),
  })
  .transform((clinic) => ({
    ...clinic,
    directionsUrl: clinic.mapUrl ?? (clinic.address ? directionsUrlFor(clinic.address) : null),
  }));

export type Clinic = z.output<typeof clinicSchema>;

export const optionalClinic = () => droppable(clinicSchema.nullable(), null);
