#!/usr/bin/env node
// `npm run dev`: the whole product on one machine. Starts the local Content Lake (unless a hosted project is
// configured), the Sanity Studio and the Next.js site, prefixes their output, prints where to find each, and
// stops all of them on Ctrl-C.
import { spawn } from 'node:child_process';
import { lakeConfig, lakeIsUp, repoRoot, startLakeProcess } from './lib/lake-process.mjs';
import { studioLoginUrl } from './lib/studio-url.mjs';

const env = { ...process.env, SANITY_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' };
const hosted = Boolean(env.NEXT_PUBLIC_SANITY_PROJECT_ID);
const children = [];

function run(name, args) {
  const child = spawn('npm', ['run', 'dev', '--workspace', args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code) => {
    console.log(`${prefix}exited with code ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
}

let lake = null;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  if (lake) await lake.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (!hosted) {
  const config = lakeConfig(env);
  if (await lakeIsUp(config.url)) console.log(`Using the local lake already running at ${config.url}`);
  else lake = await startLakeProcess(config, { env });
}
run('studio', '@clinic/studio');
run('web', '@clinic/web');

const sitePort = env.PORT ?? '3000';
console.log(`
  Site:    http://localhost:${sitePort}
  Studio:  ${hosted ? 'http://localhost:3333' : await studioLoginUrl(env)}
  ${hosted ? `Content: hosted project ${env.NEXT_PUBLIC_SANITY_PROJECT_ID}` : `Lake:    ${lakeConfig(env).url} (local Content Lake, data in ${env.LOCAL_LAKE_DATA_DIR ?? '.data/lake'})`}
`);
