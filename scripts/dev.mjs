#!/usr/bin/env node
// `npm run dev`: the whole product on one machine. Starts the local Content Lake (unless hosted projects are
// configured), builds the Studio the lake serves when its build is out of date, starts the Studio's dev server and
// the Next.js site, prefixes their output, prints where to find each, and stops all of them on Ctrl-C.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lakeIsUp, startLakeProcess } from '@clinic/local-lake/process';
import { lakeSettings, webhooksFile } from '@clinic/local-lake/settings';
import { repoRoot } from './lib/repo-root.mjs';
import { siteRevalidationWebhook } from './lib/site-webhook.mjs';
import { buildStudio, studioBuildReason, studioDistDir } from './lib/studio-build.mjs';
import {
  lakeCaFile,
  lakeStudioOrigin,
  STUDIO_DEV_ORIGIN,
  studioLakeUrl,
  studioLoginUrl,
  studioOrigins,
} from './lib/studio-url.mjs';

const env = { ...process.env, SANITY_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' };
const siteOnLake = !env.NEXT_PUBLIC_SANITY_PROJECT_ID;
const studioOnLake = !env.SANITY_STUDIO_PROJECT_ID;
const children = [];

function prefixLines(name, stream) {
  stream.on('data', (chunk) => {
    for (const line of String(chunk).split('\n'))
      if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
  });
}

function run(name, workspace) {
  // Each child gets its own process group so stopping it also stops what npm started under it (next-server,
  // the Vite server); npm does not pass a SIGTERM on to its children.
  const child = spawn('npm', ['run', 'dev', '--workspace', workspace], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  prefixLines(name, child.stdout);
  prefixLines(name, child.stderr);
  child.on('exit', (code) => {
    console.log(`[${name}] exited with code ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let lake = null;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
  if (lake) await lake.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

/**
 * Even `next dev` keeps fetched content in its data cache, so a publish reaches the page only through the signed
 * revalidation webhook, as in production. Unless webhooks are configured already, the lake started here calls the
 * dev site with a secret made for this run.
 */
function configureRevalidationWebhook(env) {
  if (env.LOCAL_LAKE_WEBHOOKS || existsSync(webhooksFile(lakeSettings(env).dataDir))) return;
  env.SANITY_REVALIDATE_SECRET ??= randomBytes(24).toString('hex');
  env.LOCAL_LAKE_WEBHOOKS = JSON.stringify([
    siteRevalidationWebhook({
      name: 'dev-site-revalidate',
      siteUrl: `http://127.0.0.1:${env.PORT ?? '3000'}`,
      secret: env.SANITY_REVALIDATE_SECRET,
    }),
  ]);
}

/** True when the lake answering on `url` serves the built Studio (it redirects page loads to its TLS host). */
async function lakeServesStudio(url) {
  const response = await fetch(`${url}/`, { headers: { accept: 'text/html' }, redirect: 'manual' }).catch(
    () => null,
  );
  return response?.status === 307;
}

let lakeNote = '';
if (siteOnLake || studioOnLake) {
  if (studioOnLake && lakeSettings(env).tlsPort === null) {
    console.error('LOCAL_LAKE_TLS_PORT is "off", but the Studio needs the lake over HTTP/2 + TLS. Unset it.');
    process.exit(2);
  }
  // The Studio is compiled with the lake's TLS address, and the lake serves that build from the same host.
  env.SANITY_STUDIO_LAKE_URL = studioLakeUrl(env);
  env.LOCAL_LAKE_STUDIO_DIR ??= studioDistDir;
  if (siteOnLake) configureRevalidationWebhook(env);
  const { url } = lakeSettings(env);
  if (await lakeIsUp(url)) {
    console.log(`Using the local lake already running at ${url}`);
    if (studioOnLake && !(await lakeServesStudio(url))) {
      lakeNote = `\n  Note: that lake was started without LOCAL_LAKE_STUDIO_DIR, so it does not serve the Studio page;
  stop it and run \`npm run dev\` again.`;
    }
  } else {
    lake = await startLakeProcess({ env, output: 'inherit' });
  }
}
// The site lets exactly the Studio origins printed below frame it, for the Presentation tool.
env.SANITY_STUDIO_ORIGINS ??= studioOrigins(env, { onLake: studioOnLake }).join(' ');
run('web', '@clinic/web');

if (studioOnLake) {
  const reason = await studioBuildReason(env.SANITY_STUDIO_LAKE_URL);
  if (reason) {
    console.log(
      `[studio build] building the Studio the lake serves (${reason}); this takes about half a minute`,
    );
    try {
      await buildStudio(env.SANITY_STUDIO_LAKE_URL, env, (line) => console.log(`[studio build] ${line}`));
    } catch (error) {
      console.error(`[studio build] ${error.message}`);
      await shutdown(1);
    }
  }
}
// Started after the build: both write the Studio's generated runtime files under sanity/.sanity.
run('studio', '@clinic/studio');

const sitePort = env.PORT ?? '3000';
const caFile = lakeCaFile(env);
const relativeCa = caFile.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, caFile) : caFile;
const studioLines = studioOnLake
  ? `  Studio:  ${await studioLoginUrl(`${lakeStudioOrigin(env)}/`, env)}
           The lake makes its own certificate, so the browser warns once on that page: choose Advanced, then
           Proceed. That covers the Studio and all its API calls. To skip the warning for good, trust the lake's
           certificate authority ${relativeCa} once, e.g. for Chrome/Chromium on Linux (certutil: libnss3-tools):
             certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n "Local Content Lake" -i ${relativeCa}
           or on macOS:
             sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${relativeCa}
  Studio with live reload (for schema work): ${await studioLoginUrl(`${STUDIO_DEV_ORIGIN}/`, env)}
           works once the certificate was accepted at ${lakeStudioOrigin(env)} or trusted as above.`
  : `  Studio:  ${STUDIO_DEV_ORIGIN} (hosted project ${env.SANITY_STUDIO_PROJECT_ID})`;
console.log(`
  Site:    http://localhost:${sitePort}
${studioLines}
  ${siteOnLake || studioOnLake ? `Lake:    ${lakeSettings(env).url} (local Content Lake, data in ${path.relative(repoRoot, lakeSettings(env).dataDir)})` : `Content: hosted project ${env.NEXT_PUBLIC_SANITY_PROJECT_ID}`}${lakeNote}
`);
