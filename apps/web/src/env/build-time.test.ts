/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTimeSettings, changedBuildTimeSettings, recordBuildTimeSettings } from './build-time.ts';

const distDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'build-time-'));

describe('settings fixed by the build', () => {
  it('covers every NEXT_PUBLIC_ variable the site reads, and the time zone', () => {
    const read = fs.readFileSync(path.join(import.meta.dirname, 'public.ts'), 'utf8').match(/process\.env\.(NEXT_PUBLIC_\w+)/g)!;
    expect(Object.keys(buildTimeSettings()).sort()).toEqual([...new Set(read.map((name) => name.slice('process.env.'.length))), 'CLINIC_TIME_ZONE'].sort());
  });

  it('finds nothing changed when started with the values of the build', () => {
    const dir = distDir();
    recordBuildTimeSettings(dir);
    expect(changedBuildTimeSettings(dir)).toEqual([]);
  });

  it('names each changed setting with the value built and the value now', () => {
    const dir = distDir();
    const built = buildTimeSettings();
    recordBuildTimeSettings(dir, { ...built, NEXT_PUBLIC_SITE_URL: 'https://old.example', CLINIC_TIME_ZONE: 'Europe/Berlin' });
    expect(changedBuildTimeSettings(dir)).toEqual([
      `  - NEXT_PUBLIC_SITE_URL: built with "https://old.example", now ${JSON.stringify(built.NEXT_PUBLIC_SITE_URL)}`,
      `  - CLINIC_TIME_ZONE: built with "Europe/Berlin", now ${JSON.stringify(built.CLINIC_TIME_ZONE)}`,
    ]);
  });

  it('says nothing for a build that left no record', () => {
    expect(changedBuildTimeSettings(distDir())).toEqual([]);
  });
});
