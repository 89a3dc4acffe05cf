// Building the static Studio the local lake serves (`sanity/dist`), only when it is missing or older than its
// sources. The lake URL is compiled into the bundle, so a build made for another port counts as out of date.
import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './repo-root.mjs';

export const studioDistDir = path.join(repoRoot, 'sanity', 'dist');
// Written next to the build: which SANITY_STUDIO_LAKE_URL it was compiled with.
const STAMP = '.lake-url';

// What the Studio bundle is made from: its own sources and the shared content package (phone rules, vocabularies).
const SOURCES = [
  'sanity/sanity.config.ts',
  'sanity/sanity.cli.ts',
  'sanity/env.ts',
  'sanity/package.json',
  'sanity/schemaTypes',
  'sanity/structure',
  'packages/content/src',
];

async function newestMtime(entry) {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const child of await readdir(entry))
    newest = Math.max(newest, await newestMtime(path.join(entry, child)));
  return newest;
}

/** Why the Studio must be (re)built for `lakeUrl`, or null when `sanity/dist` is current. */
export async function studioBuildReason(lakeUrl) {
  const built = await stat(path.join(studioDistDir, 'index.html')).catch(() => null);
  if (!built) return 'no build yet';
  const stamp = await readFile(path.join(studioDistDir, STAMP), 'utf8').catch(() => null);
  if (stamp?.trim() !== lakeUrl) return `the build is not for ${lakeUrl}`;
  for (const source of SOURCES) {
    if ((await newestMtime(path.join(repoRoot, source))) > built.mtimeMs)
      return `${source} changed since the last build`;
  }
  return null;
}

/** Runs `sanity build` into sanity/dist for the given lake URL; `onLine` receives its output. */
export async function buildStudio(lakeUrl, env, onLine) {
  const child = spawn('npm', ['run', 'build', '--workspace', '@clinic/studio'], {
    cwd: repoRoot,
    env: { ...env, SANITY_STUDIO_LAKE_URL: lakeUrl, SANITY_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) onLine(line);
    });
  }
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the Studio build failed (exit code ${code})`);
  await writeFile(path.join(studioDistDir, STAMP), `${lakeUrl}\n`);
}
