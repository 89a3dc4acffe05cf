// The fields an article's page reads as stored: nothing to follow (a reference), expand (the body, an image) or
// flatten (a slug). This zod shape is the one place the contract names them: the GROQ projection of
// articleBySlugQuery takes exactly its keys from src/generated/plain-projections.ts, which `npm run typegen`
// writes from it (see src/plain-projections.ts). A field that needs more than its name in GROQ belongs in
// articleSchema (./article.ts) with a projection of its own.
import { lenientArray } from '../validation/droppable.ts';
import { optionalBoolean, requiredText } from '../validation/fields.ts';

export const articlePlainShape = {
  // A summary is never worth hiding an article for: invalid points are dropped one by one and reported.
  keyPoints: lenientArray(requiredText),
  risks: lenientArray(requiredText),
  showCrisisNotice: optionalBoolean(),
  conditions: lenientArray(requiredText),
};
