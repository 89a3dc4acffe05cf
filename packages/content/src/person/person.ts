// A person document (an author or a medical reviewer), read after a reference is followed: projection and schema.
import { z } from 'zod';
import { imageFields, optionalImage } from '../image/image.ts';
import { droppable } from '../validation/droppable.ts';
import { optionalBoolean, optionalText, requiredText, slugString } from '../validation/fields.ts';

export const personFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  credentials,
  role,
  isSamplePlaceholder,
  bio,
  photo{${imageFields}}
`;

export const personSchema = z.object({
  _id: requiredText,
  name: requiredText,
  // No page shows a person on their own yet, so a missing slug must not cost the "reviewed by" line.
  slug: droppable(slugString.nullable(), null),
  credentials: optionalText(),
  role: optionalText(),
  // Sample people are labelled as placeholders on the site; a missing flag means a real person.
  isSamplePlaceholder: optionalBoolean(),
  bio: optionalText(),
  photo: optionalImage(),
});

export type Person = z.output<typeof personSchema>;

/** A followed reference to a person: null when it points nowhere, and dropped to null when the person is invalid. */
export const optionalPerson = () => droppable(personSchema.nullable(), null);
