// Sample people. They are placeholders, never real clinicians: the clinic replaces them with its own reviewer.
export const people = [
  {
    _id: 'person-sample-reviewer',
    _type: 'person',
    name: 'Sample Reviewer (placeholder)',
    slug: { _type: 'slug', current: 'sample-reviewer' },
    credentials: "Placeholder — replace with the clinic's reviewing clinician",
    role: 'Medical reviewer (sample placeholder)',
    isSamplePlaceholder: true,
    bio: 'This is a sample record that stands in for the clinician who reviews medical content. Replace it with the real reviewer, their credentials and biography before publishing the site.',
  },
  {
    _id: 'person-sample-author',
    _type: 'person',
    name: 'Sample Author (placeholder)',
    slug: { _type: 'slug', current: 'sample-author' },
    credentials: "Placeholder — replace with the clinic's author",
    role: 'Health writer (sample placeholder)',
    isSamplePlaceholder: true,
    bio: "This is a sample record that stands in for the person who writes the clinic's articles. Replace it with the real author before publishing the site.",
  },
  {
    _id: 'person-sample-translation-reviewer',
    _type: 'person',
    name: 'Sample Translation Reviewer (placeholder)',
    slug: { _type: 'slug', current: 'sample-translation-reviewer' },
    credentials: "Placeholder — replace with the clinic's bilingual (English–Spanish) reviewing clinician",
    role: 'Spanish translation reviewer (sample placeholder)',
    isSamplePlaceholder: true,
    bio: 'This is a sample record, not a real reviewer. It stands in for the bilingual clinician who checks that each Spanish page says what the reviewed English page says, no more and no less. Replace it with a real bilingual (English–Spanish) clinician, their credentials and biography before publishing the Spanish site.',
  },
];
