// A postal address, field names as schema.org's PostalAddress so the site's structured data maps one to one.
import { defineField, defineType } from 'sanity';
import { requiredText } from '../shared/rules.ts';

export const address = defineType({
  name: 'address',
  title: 'Address',
  type: 'object',
  fields: [
    defineField({
      name: 'streetAddress',
      title: 'Street address',
      type: 'string',
      description: 'e.g. 1010 Hurley Way Suite 140',
      validation: requiredText('Enter the street and suite'),
    }),
    defineField({
      name: 'addressLocality',
      title: 'City',
      type: 'string',
      validation: requiredText('Enter the city'),
    }),
    defineField({
      name: 'addressRegion',
      title: 'State',
      type: 'string',
      description: 'Two-letter code, e.g. CA',
      validation: (rule) => [
        ...requiredText('Enter the state')(rule),
        rule.regex(/^[A-Z]{2}$/).error('Use the two-letter state code in capitals, e.g. CA'),
      ],
    }),
    defineField({
      name: 'postalCode',
      title: 'ZIP code',
      type: 'string',
      validation: requiredText('Enter the ZIP code'),
    }),
    defineField({
      name: 'addressCountry',
      title: 'Country',
      type: 'string',
      description: 'Two-letter country code.',
      initialValue: 'US',
      validation: (rule) =>
        rule.regex(/^[A-Z]{2}$/).error('Use the two-letter country code in capitals, e.g. US'),
    }),
  ],
});
