// Search-engine overrides. Both are optional: the site falls back to the title and excerpt.
import { defineField, defineType } from 'sanity';

export const seo = defineType({
  name: 'seo',
  title: 'Search engine listing',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title in search results',
      type: 'string',
      description:
        'Leave empty to use the article title. Search engines cut titles after about 60 characters.',
      validation: (rule) => rule.max(60).error('Keep the search title to 60 characters or fewer'),
    }),
    defineField({
      name: 'description',
      title: 'Description in search results',
      type: 'text',
      rows: 3,
      description: 'Leave empty to use the excerpt.',
      validation: (rule) => rule.max(160).error('Keep the search description to 160 characters or fewer'),
    }),
  ],
});
