// Clinic contact records: the projection every query uses for a clinic, the query for all of them, the schema and
// the fetch. Which clinic is primary is decided by one field only, siteSettings.primaryClinic: `isPrimary` is
// computed from it, so at most one clinic is ever primary, and none when the settings name none.
import { defineQuery } from 'groq';
import { z } from 'zod';
import type { ContentFetcher } from '../fetcher.ts';
import { siteSettingsDocument } from '../settings/settings.ts';
import { WEEKDAYS } from '../taxonomy.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { optionalHttpsUrl, optionalPhone, optionalText, requiredText } from '../validation/fields.ts';
import { parseList } from '../validation/parse.ts';

export const clinicFields = /* groq */ `
  _id,
  name,
  "isPrimary": _id == ${siteSettingsDocument}.primaryClinic._ref,
  phone,
  email,
  website,
  address{streetAddress, addressLocality, addressRegion, postalCode, addressCountry},
  geo{lat, lng},
  openingHours[]{days, opens, closes},
  bookingUrl,
  mapUrl,
  services,
  description,
  visitDescription,
  paymentInformation
`;

/** Every clinic with a name, by name; the primary one is moved to the front after validation (see primaryFirst). */
export const clinicDocuments = /* groq */ `*[_type == "clinic" && defined(name)] | order(name asc)`;

export const clinicsQuery = defineQuery(`${clinicDocuments}{${clinicFields}}`);

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
  const query = [
    address.streetAddress,
    address.addressLocality,
    `${address.addressRegion} ${address.postalCode}`,
  ].join(', ');
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

/** Primary clinic first, the others by name (the query's order; the sort is stable). */
export function primaryFirst(clinics: Clinic[]): Clinic[] {
  return [...clinics].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
}

/** Every clinic record, primary first. A clinic without a valid name is left out; bad fields become null. */
export async function fetchClinics(fetcher: ContentFetcher): Promise<Clinic[]> {
  const result = await fetcher({ query: clinicsQuery, tags: ['clinic', 'siteSettings'], label: 'clinics' });
  return primaryFirst(parseList(clinicSchema, result, 'clinic'));
}
