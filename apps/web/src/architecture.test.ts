/** @jest-environment node */
// The import rules of docs/architecture.md ("What each part may import"), as .dependency-cruiser.mjs states them,
// checked over every module under src/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { importRuleViolations } from '../../../scripts/lib/import-rules.mjs';
import config, { clientFiles } from '../.dependency-cruiser.mjs';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('import rules', () => {
  it('finds the client components by their directive', () => {
    expect(clientFiles).toEqual(
      expect.arrayContaining(['src/shell/ErrorView.tsx', 'src/app/global-error.tsx']),
    );
  });

  it('no module under src/ breaks one', async () => {
    const { modules, violations } = await importRuleViolations(webRoot, config);
    expect(modules).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });
});
