// Starting the lake as a child process, the way `npm run lake` does, for scripts and tests: the CLI prints one
// JSON line (`{"event":"listening","url":…}`) when it listens, which is how this knows the address even for port 0.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readToken } from './auth.ts';

const cliFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.ts');

export interface LakeProcessOptions {
  /** Environment of the child (default this process's); LOCAL_LAKE_* there are the lake's settings. */
  env?: NodeJS.ProcessEnv;
  /** Overrides of LOCAL_LAKE_PORT, LOCAL_LAKE_TLS_PORT (`'off'`), LOCAL_LAKE_DATA_DIR, LOCAL_LAKE_SEED_DIR. */
  port?: number;
  tlsPort?: number | 'off';
  dataDir?: string;
  seedDir?: string;
  /** `inherit`: the lake's output goes to this process's; `collect`: kept in `logs` (default). */
  output?: 'inherit' | 'collect';
  /** How long to wait for the lake to listen, in milliseconds (default 60 000). */
  startTimeoutMs?: number;
}

export interface LakeProcess {
  /** Plain HTTP base URL, e.g. http://127.0.0.1:3900 */
  url: string;
  tlsUrl: string | null;
  dataDir: string;
  /** The editor token (LOCAL_LAKE_TOKEN, or the one the lake keeps in its data folder). */
  token: string;
  child: ChildProcess;
  /** The lake's log lines (stderr) when `output` is `collect`. */
  logs: string[];
  /** Sends `signal` (default SIGTERM; SIGKILL after 5 s) and resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `local-lake start` and resolves once it listens; rejects with its log if it exits first. */
export async function startLakeProcess(options: LakeProcessOptions = {}): Promise<LakeProcess> {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), NODE_OPTIONS: '' };
  if (options.port !== undefined) env.LOCAL_LAKE_PORT = String(options.port);
  if (options.tlsPort !== undefined) env.LOCAL_LAKE_TLS_PORT = String(options.tlsPort);
  if (options.dataDir !== undefined) env.LOCAL_LAKE_DATA_DIR = options.dataDir;
  if (options.seedDir !== undefined) env.LOCAL_LAKE_SEED_DIR = options.seedDir;
  const inherit = options.output === 'inherit';
  const child = spawn(process.execPath, [cliFile, 'start'], {
    env,
    stdio: ['ignore', 'pipe', inherit ? 'inherit' : 'pipe'],
  });
  const logs: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const listening = await new Promise<{ url: string; tlsUrl: string | null; dataDir: string }>(
    (resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => {
        void stop('SIGKILL');
        reject(
          new Error(
            `the local lake did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${logs.join('')}`,
          ),
        );
      }, options.startTimeoutMs ?? 60_000);
      const onData = (chunk: Buffer) => {
        if (inherit) process.stdout.write(chunk);
        buffer += chunk.toString();
        const line = buffer.split('\n').find((candidate) => candidate.startsWith('{'));
        if (!line) return;
        clearTimeout(timer);
        if (!inherit) {
          child.stdout?.off('data', onData);
          child.stdout?.resume(); // keep draining what it prints later
        }
        resolve(JSON.parse(line) as { url: string; tlsUrl: string | null; dataDir: string });
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the local lake exited with code ${code} before listening:\n${logs.join('')}`));
      });
    },
  );
  const token = readToken(listening.dataDir, env.LOCAL_LAKE_TOKEN);
  if (!token) throw new Error(`the local lake started without a token in ${listening.dataDir}`);
  return { ...listening, token, child, logs, stop };
}

/** True when something at `url` answers a real Content Lake query within a second. */
export async function lakeIsUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/v1/data/query/production?query=count(*)`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
