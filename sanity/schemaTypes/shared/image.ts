// Every image in the Studio carries alt text; this builds the image field so no type can forget it.
import { defineField } from 'sanity';
import { altTextRule, requiredImage } from './rules.ts';

/**
 * Options of every image in the Studio: hotspot cropping, and an Upload button whose file picker offers images
 * only (Sanity's upload placeholder offers any file unless `accept` is set, and the lake then refuses the upload).
 */
export const IMAGE_OPTIONS = { hotspot: true, accept: 'image/*' } as const;

interface ImageFieldOptions {
  name: string;
  title: string;
  description?: string;
  /** When set, the field is required and this message tells the editor what to add. */
  requiredMessage?: string;
  group?: string;
}

export function imageWithAltField({ name, title, description, requiredMessage, group }: ImageFieldOptions) {
  return defineField({
    name,
    title,
    type: 'image',
    description,
    group,
    options: IMAGE_OPTIONS,
    fields: [
      defineField({
        name: 'alt',
        title: 'Alt text',
        type: 'string',
        description: 'What the image shows, for screen readers and when the image cannot load.',
        validation: altTextRule,
      }),
    ],
    validation: requiredMessage ? requiredImage(requiredMessage) : undefined,
  });
}
