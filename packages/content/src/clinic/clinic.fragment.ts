import { siteSettingsDocument } from '../settings/settings.fragment.ts';

// Projection for a clinic record. `isPrimary` is computed: siteSettings.primaryClinic decides when it is set, so
// two clinics left flagged as primary cannot both lead the contact page.
export const clinicFields = /* groq */ `
  _id,
  name,
  "isPrimary": select(
    defined(${siteSettingsDocument}.primaryClinic._ref) => _id == ${siteSettingsDocument}.primaryClinic._ref,
    isPrimary == true
  ),
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
