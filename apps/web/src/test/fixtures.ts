import type { Article, Citation, Clinic, Person, SiteSettings } from '@clinic/content';

// Validated shapes as @clinic/content hands them to components. Typed against the package's output types, so a
// change in the contract breaks these fixtures at compile time instead of silently passing.

export const clinic: Clinic = {
  _id: 'clinic-propel-sacramento',
  name: 'Propel Therapeutics',
  isPrimary: true,
  phone: { e164: '+19169159215', display: '(916) 915-9215', href: 'tel:+19169159215' },
  email: 'info@example.com',
  website: null,
  address: {
    streetAddress: '1000 Example Street',
    addressLocality: 'Sacramento',
    addressRegion: 'CA',
    postalCode: '95814',
    addressCountry: 'US',
  },
  geo: null,
  openingHours: [],
  bookingUrl: 'https://example.com/book',
  mapUrl: null,
  directionsUrl: 'https://www.google.com/maps/search/?api=1&query=1000%20Example%20Street',
  services: ['Ketamine infusion therapy'],
  description: null,
  visitDescription: null,
  paymentInformation: null,
};

export const reviewer: Person = {
  _id: 'person-sample-reviewer',
  name: 'Dr. Sample Reviewer',
  slug: 'sample-reviewer',
  credentials: 'MD, board-certified anesthesiologist',
  role: 'Medical reviewer',
  isSamplePlaceholder: true,
  bio: null,
  photo: null,
};

export const citations: Citation[] = [
  {
    _key: 'asra2018',
    title: 'Consensus guidelines on the use of intravenous ketamine infusions for chronic pain',
    authors: 'Cohen SP, et al.',
    source: 'Regional Anesthesia & Pain Medicine',
    year: 2018,
    doi: '10.1097/AAP.0000000000000808',
    url: null,
    studyType: 'guideline',
    href: 'https://doi.org/10.1097/AAP.0000000000000808',
  },
  {
    _key: 'elektd',
    title: 'Ketamine versus ECT for nonpsychotic treatment-resistant major depression',
    authors: 'Anand A, et al.',
    source: 'New England Journal of Medicine',
    year: 2023,
    doi: null,
    url: 'https://www.nejm.org/doi/full/10.1056/NEJMoa2302399',
    studyType: 'rct',
    href: 'https://www.nejm.org/doi/full/10.1056/NEJMoa2302399',
  },
];

export const settings: SiteSettings = {
  siteName: 'Propel Therapeutics',
  tagline: 'Evidence-based ketamine care in Sacramento',
  medicalDisclaimer: 'This site offers general information, not medical advice.',
  crisisNotice: 'If you are thinking about suicide, call or text 988, or call 911 in an emergency.',
  ctaHeading: 'Talk with our team',
  ctaText: 'Call us to ask whether ketamine treatment could be appropriate for you.',
  primaryClinicId: 'clinic-propel-sacramento',
  language: 'en',
  translationReview: null,
};

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    _id: 'article-ketamine-crps',
    title: 'Ketamine for CRPS: what to expect',
    slug: 'ketamine-for-crps',
    excerpt:
      'Guidelines find moderate evidence that ketamine infusions can ease CRPS pain for up to about 12 weeks.',
    keyPoints: [
      'Guidelines rate the evidence for CRPS as moderate.',
      'Relief often fades within weeks.',
      'Blood pressure rises during an infusion.',
    ],
    topic: 'crps',
    topicLabel: 'CRPS',
    heroImage: null,
    publishedAt: '2026-01-15T09:00:00Z',
    _updatedAt: '2026-03-04T10:00:00Z',
    modifiedAt: '2026-02-20T10:00:00Z',
    body: [],
    author: null,
    medicalReviewer: reviewer,
    references: citations,
    risks: ['Raised blood pressure during the infusion'],
    showCrisisNotice: false,
    conditions: ['CRPS'],
    seo: { title: null, description: null },
    related: [],
    settings,
    language: 'en',
    // The sample reviewer is a placeholder, so whatever was approved, no clinician has reviewed this text.
    review: { state: 'notReviewed' },
    translations: [],
    ...overrides,
  } as Article;
}
