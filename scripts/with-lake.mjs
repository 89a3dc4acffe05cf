#!/usr/bin/env node
// Runs a command with the local Content Lake available, so builds, `next start` and tests work with no Sanity
// account. When a hosted project is configured (NEXT_PUBLIC_SANITY_PROJECT_ID set) the command runs as it is.
// When a lake already answers on LOCAL_LAKE_PORT it is reused; otherwise one is started and stopped afterwards.
//
//   node scripts/with-lake.mjs -- next build
import { spawn } from 'node:child_process';
import { lakeIsUp, startLakeProcess } from '@clinic/local-lake/process';
import { lakeSettings } from '@clinic/local-lake/settings';

const separator = process.argv.indexOf('--');
const command = separator === -1 ? process.argv.slice(2) : process.argv.slice(separator + 1);
if (command.length === 0) {
  console.error('usage: with-lake.mjs -- <command> [args...]');
  process.exit(2);
}

let lake = null;
if (!process.env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
  const { url } = lakeSettings();
  if (await lakeIsUp(url)) {
    console.log(`[with-lake] using the local lake already running at ${url}`);
  } else {
    lake = await startLakeProcess({ output: 'inherit' });
  }
}

const child = spawn(command[0], command.slice(1), { stdio: 'inherit', shell: false, env: process.env });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', async (code, signal) => {
  if (lake) await lake.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
