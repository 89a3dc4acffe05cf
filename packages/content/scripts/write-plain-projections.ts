// Writes src/generated/plain-projections.ts from the zod shapes of the plain fields (src/plain-projections.ts).
// Run by `npm run typegen` before Sanity TypeGen, which reads the queries that interpolate those constants.
import { writeFileSync } from 'node:fs';
import { plainProjectionsFile, plainProjectionsModule } from '../src/plain-projections.ts';

writeFileSync(plainProjectionsFile, plainProjectionsModule());
