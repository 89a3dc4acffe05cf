// The site settings singleton, its primary clinic, and the fields read from it. Drafts never show up here: the
// site reads with the `published` perspective.
export const siteSettingsDocument = /* groq */ `*[_type == "siteSettings" && _id == "siteSettings"][0]`;

export const siteSettingsFields = /* groq */ `
  _id,
  siteName,
  tagline,
  medicalDisclaimer,
  crisisNotice,
  ctaHeading,
  ctaText,
  "primaryClinicId": primaryClinic._ref
`;

// The clinic the calls to action point at: the one siteSettings names, or else a clinic flagged as primary.
export const primaryClinicDocument = /* groq */ `coalesce(
  ${siteSettingsDocument}.primaryClinic->,
  *[_type == "clinic" && isPrimary == true && defined(name)] | order(_updatedAt desc)[0]
)`;
