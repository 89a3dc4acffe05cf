// The schema compiles without errors or warnings, and uses exactly the field names of docs/content-model.md.
import { describe, expect, it } from '@jest/globals';
import type { ObjectSchemaType } from 'sanity';
import { schema } from './support/studio.ts';

const fieldNames = (type: string) => (schema.get(type) as ObjectSchemaType).fields.map((field) => field.name);

describe('Studio schema', () => {
  it('has no schema errors or warnings', () => {
    const problems = (schema as unknown as { _validation: { problems: unknown[] }[] })._validation;
    expect(problems.flatMap((group) => group.problems)).toEqual([]);
  });

  it('uses the field names of the content model', () => {
    expect(fieldNames('person')).toEqual([
      'name',
      'slug',
      'credentials',
      'role',
      'isSamplePlaceholder',
      'bio',
      'photo',
    ]);
    expect(fieldNames('article')).toEqual([
      'title',
      'slug',
      'previousSlugs',
      'excerpt',
      'keyPoints',
      'heroImage',
      'topic',
      'conditions',
      'body',
      'author',
      'medicalReviewer',
      'lastReviewed',
      'publishedAt',
      'references',
      'risks',
      'showCrisisNotice',
      'featured',
      'seo',
      'language',
      'translationReviewer',
      'translationReviewed',
    ]);
    expect(fieldNames('benefit')).toEqual([
      'statement',
      'qualifier',
      'evidenceLevel',
      'conditions',
      'references',
      'order',
      'article',
      'language',
      'translationReviewer',
      'translationReviewed',
    ]);
    expect(fieldNames('clinic')).toEqual([
      'name',
      'phone',
      'email',
      'website',
      'address',
      'geo',
      'openingHours',
      'bookingUrl',
      'mapUrl',
      'services',
      'description',
      'visitDescription',
      'paymentInformation',
    ]);
    expect(fieldNames('siteSettings')).toEqual([
      'siteName',
      'tagline',
      'medicalDisclaimer',
      'crisisNotice',
      'ctaHeading',
      'ctaText',
      'primaryClinic',
      'language',
      'translationReviewer',
      'translationReviewed',
    ]);
    expect(fieldNames('citation')).toEqual(['title', 'authors', 'source', 'year', 'doi', 'url', 'studyType']);
    expect(fieldNames('address')).toEqual([
      'streetAddress',
      'addressLocality',
      'addressRegion',
      'postalCode',
      'addressCountry',
    ]);
    expect(fieldNames('openingHours')).toEqual(['days', 'opens', 'closes']);
    expect(fieldNames('callout')).toEqual(['tone', 'text']);
    expect(fieldNames('ctaBlock')).toEqual(['heading', 'text', 'action']);
    expect(fieldNames('seo')).toEqual(['title', 'description']);
  });
});
