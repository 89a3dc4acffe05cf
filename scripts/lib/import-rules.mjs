// A package's import rules (its .dependency-cruiser.mjs) checked over its src/ with dependency-cruiser: what the
// tests that keep docs/architecture.md's "What each part may import" true call.
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/**
 * Cruises `<packageRoot>/src` with the package's tsconfig (so path aliases resolve) and `config`'s `forbidden`
 * rules. Returns how many modules were read and one line per violation: the rule, then the import, or the cycle,
 * or the path of imports that reaches the forbidden target. Rejects when dependency-cruiser cannot read the tree.
 */
export async function importRuleViolations(packageRoot, config) {
  const previous = process.cwd();
  // dependency-cruiser reads paths, and reports them, relative to the working directory.
  process.chdir(packageRoot);
  try {
    const tsConfig = extractTSConfig(path.join(packageRoot, 'tsconfig.json'));
    const { output } = await cruise(
      ['src'],
      { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } },
      {},
      { tsConfig },
    );
    return {
      modules: output.summary.totalCruised,
      violations: output.summary.violations.map(describeViolation),
    };
  } finally {
    process.chdir(previous);
  }
}

function describeViolation(violation) {
  const via = violation.cycle ?? violation.via;
  const route = via
    ? [violation.from, ...via.map((step) => step.name)].join(' → ')
    : `${violation.from} → ${violation.to}`;
  return `${violation.rule.name}: ${route}`;
}
