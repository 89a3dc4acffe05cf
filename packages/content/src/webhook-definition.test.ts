// The webhook a hosted project needs is printed from the definition the dev runner registers with the local lake
// (`npm run webhook-definition`); the README shows that output, so it must be exactly what the command prints, and
// its filter must let through every type the site's cache tags follow.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { evaluate, parse } from 'groq-js';
import { CONTENT_TYPES } from './tags.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function printedDefinition(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(repoRoot, 'scripts/webhook-definition.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

/** The field a printed definition gives for `label`. */
function field(definition: string, label: string): string {
  const line = definition.split('\n').find((candidate) => candidate.startsWith(`${label}:`));
  if (!line) throw new Error(`no "${label}" line in:\n${definition}`);
  return line.slice(label.length + 1).trim();
}

describe('npm run webhook-definition', () => {
  it('is what the README tells a hosted project to configure', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /`npm run webhook-definition[^`]*`[\s\S]*?```text\n([\s\S]*?)\n\s*```/.exec(readme);
    expect(block).not.toBeNull();
    const shown = block![1]!
      .split('\n')
      .map((line) => line.replace(/^ {3}/, ''))
      .join('\n');
    expect(shown).toBe(printedDefinition().trimEnd());
  });

  it('calls the site’s /api/revalidate on create, update and delete, with the type and slug', () => {
    const definition = printedDefinition('https://clinic.example/');
    expect(field(definition, 'URL')).toBe('https://clinic.example/api/revalidate');
    expect(field(definition, 'Trigger on')).toBe('Create, Update, Delete');
    expect(field(definition, 'Projection')).toBe('{_type, "slug": slug.current}');
  });

  it('lets through a change to every type the cache tags follow, and no other', async () => {
    const filter = field(printedDefinition(), 'Filter');
    const documents = [...CONTENT_TYPES, 'sanity.imageAsset', 'system.group'].map((type, index) => ({
      _id: `doc-${index}`,
      _type: type,
    }));
    const matched = await (await evaluate(parse(`*[${filter}]._type`), { dataset: documents })).get();
    expect([...(matched as string[])].sort()).toEqual([...CONTENT_TYPES].sort());
  });

  it('is the only filter the docs give', () => {
    const filter = field(printedDefinition(), 'Filter');
    const stale: string[] = [];
    for (const doc of markdownFiles(repoRoot)) {
      const text = readFileSync(doc, 'utf8').replaceAll('\\"', '"');
      for (const [written] of text.matchAll(/_type in \[[^\]]*\]/g))
        if (written !== filter) stale.push(`${path.relative(repoRoot, doc)}: ${written}`);
    }
    expect(stale).toEqual([]);
  });
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return entry.name.endsWith('.md') ? [file] : [];
  });
}
