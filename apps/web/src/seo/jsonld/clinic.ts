import type { Clinic } from '@clinic/content';
import { compact } from './serialize.ts';

/**
 * `MedicalClinic` from one clinic record, with only the facts the record holds (and the page shows): no
 * invented hours, prices or specialties.
 */
export function clinicJsonLd(clinic: Clinic, siteUrl: string) {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${siteUrl}/contact#${clinic._id}`,
    name: clinic.name,
    description: clinic.description,
    url: clinic.website ?? `${siteUrl}/contact`,
    telephone: clinic.phone?.e164 ?? null,
    email: clinic.email,
    address: clinic.address
      ? {
          '@type': 'PostalAddress',
          streetAddress: clinic.address.streetAddress,
          addressLocality: clinic.address.addressLocality,
          addressRegion: clinic.address.addressRegion,
          postalCode: clinic.address.postalCode,
          addressCountry: clinic.address.addressCountry,
        }
      : null,
    geo: clinic.geo ? { '@type': 'GeoCoordinates', latitude: clinic.geo.lat, longitude: clinic.geo.lng } : null,
    openingHoursSpecification: clinic.openingHours.map((slot) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: slot.days,
      opens: slot.opens,
      closes: slot.closes,
    })),
    availableService: clinic.services.map((name) => ({ '@type': 'MedicalTherapy', name })),
    hasMap: clinic.mapUrl,
  });
}
