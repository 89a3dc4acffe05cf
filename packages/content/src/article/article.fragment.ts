import { imageFields } from '../image/image.fragment.ts';

// A published article a visitor can reach: it has a slug. Drafts are excluded by the `published` perspective.
export const publishedArticleFilter = /* groq */ `_type == "article" && defined(slug.current)`;

/** What a list, a card or a related-articles box shows of an article. */
export const articleSummaryFields = /* groq */ `
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  topic,
  heroImage{${imageFields}},
  publishedAt,
  lastReviewed
`;

// Portable Text body: images get their dimensions like any other image; everything else is kept as stored and
// checked block by block by the schema.
export const articleBodyField = /* groq */ `
  body[]{
    ...,
    _type == "image" => {${imageFields}, caption}
  }
`;
