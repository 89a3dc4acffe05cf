// Builds a seed folder holding the sample dataset plus `count` generated articles in each site language, written
// from the sample's own texts (@clinic/content/testing/generated-articles), so a lake started on it serves a site
// of that size.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatedArticles } from '@clinic/content/testing/generated-articles';
import { DEFAULT_SEED_DIR } from '@clinic/local-lake/constants';
import { repoRoot } from '../lib/repo-root.mjs';

export { COMMON_WORDS, generatedSlug, RARE_WORDS } from '@clinic/content/testing/generated-articles';

/** Returns {root, seedDir, dataDir}: a temporary folder the caller removes when done. */
export function seedWithArticles(count) {
  const root = mkdtempSync(path.join(os.tmpdir(), `scale-${count}-`));
  const seedDir = path.join(root, 'seed');
  cpSync(path.join(repoRoot, DEFAULT_SEED_DIR), seedDir, { recursive: true });
  const file = path.join(seedDir, 'production.ndjson');
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  const generated = generatedArticles(docs, count);
  writeFileSync(file, [...docs, ...generated].map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return { root, seedDir, dataDir: path.join(root, 'data') };
}
