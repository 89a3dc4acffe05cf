// Starting and stopping the local Content Lake as a child process, shared by the dev, build and test scripts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lakeCli = path.join(repoRoot, 'packages/local-lake/src/cli.ts');

export function lakeConfig(env = process.env) {
  const port = Number(env.LOCAL_LAKE_PORT ?? 3900);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`LOCAL_LAKE_PORT must be a port number, got "${env.LOCAL_LAKE_PORT}"`);
  }
  return { port, url: `http://127.0.0.1:${port}` };
}

/** True when something on the port answers a real Content Lake query. */
export async function lakeIsUp(url) {
  try {
    const response = await fetch(`${url}/v1/data/query/production?query=count(*)`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export async function waitForLake(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the local lake exited with code ${child.exitCode} during start-up`);
    if (await lakeIsUp(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the local lake did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/** Starts the lake with the environment given (port, data dir, token) and waits until it answers queries. */
export async function startLakeProcess(config, { env = process.env, quiet = false } = {}) {
  const child = spawn(process.execPath, [lakeCli, 'start'], {
    cwd: repoRoot,
    env: { ...env, LOCAL_LAKE_PORT: String(config.port) },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  await waitForLake(config.url, child);
  return {
    child,
    url: config.url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
