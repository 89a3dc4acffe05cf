// Projection for one item of an article's or a benefit's `references` array.
export const citationFields = /* groq */ `
  _key,
  title,
  authors,
  source,
  year,
  doi,
  url,
  studyType
`;
