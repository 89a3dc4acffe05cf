// Written by packages/content/scripts/write-plain-projections.ts (run by `npm run typegen`) from the zod shapes
// named below; change a shape, not this file. See src/plain-projections.ts for why the projections are constants.

/** The projection of articlePlainShape in src/article/plain-fields.ts. */
export const articlePlainProjection = /* groq */ `keyPoints, risks, showCrisisNotice, conditions`;
