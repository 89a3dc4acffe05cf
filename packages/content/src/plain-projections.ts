// The projections of plain fields, written out as constants. Sanity TypeGen reads every query statically: it
// follows a `${}` of a string constant (also an imported one) but not a value computed at runtime, such as the
// keys of a zod shape, and it leaves out a query it cannot read. So the projection each shape gives is written to
// src/generated/plain-projections.ts by scripts/write-plain-projections.ts, which `npm run typegen` runs before
// TypeGen; ./plain-projections.test.ts fails while that file is behind its shapes.
import { fileURLToPath } from 'node:url';
import { articlePlainShape } from './article/plain-fields.ts';
import { plainProjection } from './validation/plain-projection.ts';

/** Where the generated module is. */
export const plainProjectionsFile = fileURLToPath(
  new URL('./generated/plain-projections.ts', import.meta.url),
);

/** Each generated constant: its name, the shape it is the projection of, and where that shape is. */
const projections = [
  {
    name: 'articlePlainProjection',
    shape: articlePlainShape,
    source: 'articlePlainShape in src/article/plain-fields.ts',
  },
];

/** The text of src/generated/plain-projections.ts for the current shapes. Throws as plainProjection does. */
export function plainProjectionsModule(): string {
  const constants = projections.map(
    ({ name, shape, source }) =>
      `/** The projection of ${source}. */\nexport const ${name} = /* groq */ \`${plainProjection(shape)}\`;\n`,
  );
  return [
    '// Written by packages/content/scripts/write-plain-projections.ts (run by `npm run typegen`) from the zod shapes',
    '// named below; change a shape, not this file. See src/plain-projections.ts for why the projections are constants.',
    '',
    constants.join('\n'),
  ].join('\n');
}
