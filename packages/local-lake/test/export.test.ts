import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli.ts');
const running: LakeProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((lake) => lake.stop()));
});

// Content: neither asset documents nor the project's system documents (`_.groups.*`), which export leaves out.
const CONTENT = '*[!(_type match "sanity.*") && !(_id in path("_.**"))] | order(_id asc)';

describe('export', () => {
  it('writes the dataset in the import format, so a fresh lake loads the same content', async () => {
    const source = await startLakeProcess();
    running.push(source);
    const editor = lakeClient(source.url, source.token);
    await editor.create({ _id: 'exported-note', _type: 'note', title: 'Made locally' });

    const outDir = tempDataDir();
    const file = path.join(outDir, 'production.ndjson');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'export', file], {
      env: { ...process.env, NODE_OPTIONS: '', LOCAL_LAKE_DATA_DIR: source.dataDir },
    });
    expect(stdout).toMatch(/Exported 8 documents and 1 asset files/);
    const lines = fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const clinic = lines.find((doc) => doc._id === 'clinic-sacramento');
    expect(clinic.photo).toEqual({
      _type: 'image',
      alt: 'A quiet waiting room',
      _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[a-f0-9]{40}-120x80\.png$/),
    });
    expect(lines.some((doc) => doc._type === 'sanity.imageAsset')).toBe(false);
    // As `sanity dataset export` does (@sanity/export, src/filterDocuments.ts): system documents stay behind.
    expect(lines.some((doc) => doc._id.startsWith('_.'))).toBe(false);

    const copy = await startLakeProcess({ seedDir: outDir });
    running.push(copy);
    const strip = (docs: Array<Record<string, unknown>>) => docs.map(({ _rev: _r, ...doc }) => doc);
    const original = await editor.fetch(CONTENT, {}, { perspective: 'raw' });
    const reloaded = await lakeClient(copy.url, copy.token).fetch(CONTENT, {}, { perspective: 'raw' });
    expect(strip(reloaded)).toEqual(strip(original));
    expect(
      await lakeClient(copy.url).fetch(
        '*[_id == "clinic-sacramento"][0].photo.asset->metadata.dimensions.width',
      ),
    ).toBe(120);
  });
});
