// An author or medical reviewer. Sample people are flagged so the site never presents them as real clinicians.
import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';
import { imageWithAltField } from '../shared/image.ts';
import { requiredSlug, requiredText, slugOptions } from '../shared/rules.ts';

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: requiredText("Enter the person's name"),
    }),
    defineField({
      name: 'slug',
      title: 'URL slug',
      type: 'slug',
      options: slugOptions('name'),
      validation: requiredSlug,
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description:
        'e.g. "MD, board-certified anesthesiologist". Needed before this person can review articles.',
    }),
    defineField({
      name: 'studioUserId',
      title: 'Studio user id',
      type: 'string',
      description:
        'The Studio login this person signs in as. Only that login can approve articles as this person.',
    }),
    defineField({ name: 'role', title: 'Role', type: 'string', description: 'e.g. "Medical reviewer"' }),
    defineField({
      name: 'isSamplePlaceholder',
      title: 'Sample placeholder',
      type: 'boolean',
      description: 'On for made-up sample people. The site labels them "Sample reviewer — placeholder".',
      initialValue: false,
    }),
    defineField({
      name: 'bio',
      title: 'Short biography',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.max(600).error('Keep the biography to 600 characters or fewer'),
    }),
    imageWithAltField({ name: 'photo', title: 'Photo' }),
  ],
  preview: {
    select: { name: 'name', credentials: 'credentials', placeholder: 'isSamplePlaceholder', media: 'photo' },
    prepare: ({ name, credentials, placeholder, media }: Record<string, unknown>) => ({
      title: typeof name === 'string' ? name : 'Unnamed person',
      subtitle: [
        placeholder ? 'Sample placeholder' : null,
        typeof credentials === 'string' ? credentials : 'No credentials',
      ]
        .filter(Boolean)
        .join(' · '),
      media: media as never,
    }),
  },
});
