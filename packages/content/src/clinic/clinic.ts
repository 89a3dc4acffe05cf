// Clinic contact records: the projection every query uses for a clinic, the schema, and the two fetches. Which
// clinic is primary is decided by one field only, primaryClinic of the site settings in the requested language: `isPrimary` is computed from it, so at
// most one clinic is ever primary, and none when the settings name none. The site chrome (the settings and every
// clinic, the primary one picked out) is the one query every call to action on the site reads: header, call bar,
// footer, home hero, article, benefits and contact pages, so no two parts of a page can show different numbers.
import { defineQuery } from 'groq';
import { z } from 'zod';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, type SiteLanguage } from '../language/language.ts';
import { toPhone } from '../phone.ts';
import { optionalSiteSettings, siteSettingsDocument, siteSettingsFields } from '../settings/settings.ts';
import { WEEKDAYS } from '../taxonomy.ts';
import {
  PHONE_FORMAT_MESSAGE,
  clockTimeProblem,
  emailProblem,
  openingHoursProblem,
  phoneProblem,
} from '../rules/contact.ts';
import { ruleIssue } from '../rules/zod.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { optionalHttpsUrl, optionalText, requiredText } from '../validation/fields.ts';
import { parseBundle, parseList } from '../validation/parse.ts';

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

export const siteChromeQuery = defineQuery(`{
  "settings": ${siteSettingsDocument}{${siteSettingsFields}},
  "clinics": ${clinicDocuments}{${clinicFields}}
}`);

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

/** A stored E.164 number as {e164, display, href}; an invalid one is dropped to null and never becomes a link. */
const optionalPhone = () =>
  droppable(
    z
      .string()
      .transform((value, ctx) => {
        const phone = toPhone(value);
        if (phone === null) {
          ctx.addIssue({ code: 'custom', message: phoneProblem(value) ?? PHONE_FORMAT_MESSAGE });
          return z.NEVER;
        }
        return phone;
      })
      .nullish()
      .transform((value) => value ?? null),
    null,
  );

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
    opens: z.string().superRefine(ruleIssue(clockTimeProblem)),
    closes: z.string().superRefine(ruleIssue(clockTimeProblem)),
  })
  .superRefine((hours, ctx) => {
    const message = openingHoursProblem(hours.opens, hours.closes);
    if (message !== null) ctx.addIssue({ code: 'custom', message, path: ['closes'] });
  });

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
    email: droppable(z.string().superRefine(ruleIssue(emailProblem)).trim().nullable(), null),
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

/**
 * Settings and clinics, primary clinic first. `primaryClinic` is the clinic siteSettings.primaryClinic names, and
 * null when it names none or names one that is unpublished or invalid: the site then shows no clinic's number
 * rather than another clinic's. Settings that fail validation cost the site copy, not the primary clinic.
 */
export const siteChromeSchema = z
  .object({ settings: optionalSiteSettings(), clinics: lenientArray(clinicSchema) })
  .transform(({ settings, clinics }) => {
    const ordered = primaryFirst(clinics);
    return { settings, clinics: ordered, primaryClinic: ordered.find((clinic) => clinic.isPrimary) ?? null };
  });

export type SiteChrome = z.output<typeof siteChromeSchema>;

/**
 * Every clinic record, primary first, the primary one being the one the site settings in `language` (default
 * "en") name. A clinic without a valid name is left out; bad fields become null. Clinic records are not
 * translated. Throws InvalidLanguageError for a language the site is not published in.
 */
export async function fetchClinics(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<Clinic[]> {
  const result = await fetcher({
    query: clinicsQuery,
    params: { language: checkedLanguage(language) },
    tags: ['clinic', 'siteSettings'],
    label: 'clinics',
  });
  return primaryFirst(parseList(clinicSchema, result, 'clinic'));
}

/**
 * The site settings in `language` (default "en") and every clinic with the primary one picked out, in one
 * request. Throws InvalidLanguageError for a language the site is not published in.
 */
export async function fetchSiteChrome(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<SiteChrome> {
  const result = await fetcher({
    query: siteChromeQuery,
    params: { language: checkedLanguage(language) },
    tags: ['siteSettings', 'clinic'],
    label: 'site-chrome',
  });
  return parseBundle(siteChromeSchema, result, 'site');
}
