import { imageFields } from '../image/image.fragment.ts';

// Projection for a person document (an author or a medical reviewer), used after a reference is followed.
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
