// Builds a seed folder holding the sample dataset plus `count` generated articles, each a copy of a sample
// article under its own id, slug and title, so a lake started on it serves a site of that size.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../lib/repo-root.mjs';

const TEMPLATE_ID = 'article-ketamine-for-crps-what-to-expect';

export function generatedSlug(index) {
  return `generated-article-${String(index).padStart(4, '0')}`;
}

/** Returns {root, seedDir, dataDir}: a temporary folder the caller removes when done. */
export function seedWithArticles(count) {
  const root = mkdtempSync(path.join(os.tmpdir(), `scale-${count}-`));
  const seedDir = path.join(root, 'seed');
  cpSync(path.join(repoRoot, 'sanity/seed'), seedDir, { recursive: true });
  const file = path.join(seedDir, 'production.ndjson');
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  const template = docs.find((doc) => doc._id === TEMPLATE_ID);
  if (!template) throw new Error(`the sample dataset has no ${TEMPLATE_ID} to copy`);
  const generated = Array.from({ length: count }, (_, i) => ({
    ...template,
    _id: `article-generated-${i}`,
    slug: { _type: 'slug', current: generatedSlug(i) },
    title: `${template.title} (generated copy ${i + 1})`,
    featured: false,
  }));
  writeFileSync(file, [...docs, ...generated].map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return { root, seedDir, dataDir: path.join(root, 'data') };
}
