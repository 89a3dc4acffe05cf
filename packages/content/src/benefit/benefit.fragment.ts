import { citationFields } from '../citation/citation.fragment.ts';

/** All benefits in their editorial order. */
export const benefitsDocuments = /* groq */ `*[_type == "benefit"] | order(order asc, _id asc)`;

export const benefitFields = /* groq */ `
  _id,
  statement,
  qualifier,
  evidenceLevel,
  conditions,
  references[]{${citationFields}},
  order,
  "article": article->{title, "slug": slug.current}
`;
