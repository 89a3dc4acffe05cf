// Starts `next start` for one build and stops it for sure. The server runs in its own process group, and the
// whole group is signalled on stop: `npx next start` leaves the actual next-server behind when only npx is
// killed, and a stale server on the port would silently answer for the next build being measured.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './repo-root.mjs';

const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next');

async function answers(url) {
  try {
    await (await fetch(url, { signal: AbortSignal.timeout(2000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * The environment for a site built and started against a fresh local lake: local mode (no project id), the lake
 * on `lakePort` with its data in `dataDir` and no TLS port, the site's own URL on `sitePort`, no telemetry.
 */
export function localSiteEnv({ lakePort, sitePort, dataDir }) {
  return {
    ...process.env,
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    LOCAL_LAKE_PORT: String(lakePort),
    LOCAL_LAKE_URL: `http://127.0.0.1:${lakePort}`,
    LOCAL_LAKE_TLS_PORT: 'off',
    LOCAL_LAKE_DATA_DIR: dataDir,
    NEXT_PUBLIC_SITE_URL: `http://127.0.0.1:${sitePort}`,
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
  };
}

/** `next start` of the build in `cwd` (default apps/web) on 127.0.0.1:`port`; resolves once it answers. */
export async function startBuiltSite(port, env, cwd = path.join(repoRoot, 'apps/web')) {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) throw new Error(`something already answers on ${url}; stop it first`);
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${url} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    /** The server's process group (it runs detached as the group's leader), for processGroupCpuMs. */
    pgid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid, 'SIGTERM');
        setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 5000).unref();
      }),
  };
}

/**
 * `next build` in `cwd` (default apps/web, against the lake the caller started: not through with-lake, which
 * could race it).
 */
export function nextBuild(env, cwd = path.join(repoRoot, 'apps/web')) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}
