// The lake's import rules (docs/architecture.md, "What each part may import": http → write → groq → store), as
// .dependency-cruiser.mjs states them, checked over every module under src/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import config from '../.dependency-cruiser.mjs';

const lakeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One line per violation: the rule, then the import (or the cycle). */
function describeViolation(violation: IViolation): string {
  const via = violation.cycle ?? violation.via;
  const route = via
    ? [violation.from, ...via.map((step) => step.name)].join(' → ')
    : `${violation.from} → ${violation.to}`;
  return `${violation.rule.name}: ${route}`;
}

describe('layers', () => {
  it('no module under src/ imports a layer above its own', async () => {
    const previous = process.cwd();
    // dependency-cruiser reads paths, and reports them, relative to the working directory.
    process.chdir(lakeRoot);
    try {
      const tsConfig = extractTSConfig(path.join(lakeRoot, 'tsconfig.json'));
      const { output } = await cruise(
        ['src'],
        { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } },
        {},
        { tsConfig },
      );
      const result = output as ICruiseResult;
      expect(result.summary.totalCruised).toBeGreaterThan(50);
      expect(result.summary.violations.map(describeViolation)).toEqual([]);
    } finally {
      process.chdir(previous);
    }
  });
});
