export const siteSettings = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  siteName: 'Propel Therapeutics',
  tagline: 'Clear, referenced information about ketamine treatment in Sacramento',
  medicalDisclaimer:
    'The information on this site is for general education and is not medical advice. It does not replace a consultation with a qualified clinician who knows your history. Ketamine is not suitable for everyone, and its benefits and risks differ from person to person.',
  crisisNotice:
    'If you are thinking about suicide or are in crisis, call or text 988 to reach the Suicide & Crisis Lifeline, available 24 hours a day. If you or someone else is in immediate danger, call 911.',
  ctaHeading: 'Talk to the clinic',
  ctaText:
    'Questions about whether ketamine treatment could be right for you? Call us, or visit the clinic in Sacramento.',
  primaryClinic: { _type: 'reference', _ref: 'clinic-propel-sacramento' },
};
