// The lake's import rules (docs/architecture.md, "What each part may import": http → write → groq → store), as
// .dependency-cruiser.mjs states them, checked over every module under src/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { importRuleViolations } from '../../../scripts/lib/import-rules.mjs';
import config from '../.dependency-cruiser.mjs';

const lakeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('layers', () => {
  it('no module under src/ imports a layer above its own', async () => {
    const { modules, violations } = await importRuleViolations(lakeRoot, config);
    expect(modules).toBeGreaterThan(50);
    expect(violations).toEqual([]);
  });
});
