/**
 * The fields whose text gets invisible stega markers in draft mode, so the Presentation tool can offer
 * click-to-edit on them: prose a reader sees on the page. Everything the site compares, validates, links to or
 * puts in an attribute or in <head> (phones, e-mails, URLs, slugs, dates, enum-like values such as evidence
 * levels and topics, image alt text) stays clean, so validation in @clinic/content behaves exactly as on the
 * public site. Prose that also reaches <head> (titles, descriptions, names) is cleaned where metadata is built
 * (`cleanMetadata` in src/seo/metadata.ts) and JSON-LD serialized.
 */
export const STEGA_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'excerpt',
  'summary',
  'text',
  'name',
  'tagline',
  'qualifier',
  'statement',
  'description',
  'credentials',
  'caption',
]);
