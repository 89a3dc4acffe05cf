// Starting the programs the authoring test needs (the lake, the Studio build, the site) as child processes on
// loopback, with their output kept so a failure can say why, and stopping them again.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Started {
  child: ChildProcess;
  /** The last lines the program printed, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const KEPT_LINES = 60;

/** Spawns `command` with Node 24 (the runner's own executable), in its own process group. */
export function startNode(
  name: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(`[${name}] ${line}`);
      if (lines.length > KEPT_LINES) lines.shift();
      if (process.env.E2E_VERBOSE) process.stdout.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return {
    child,
    output: () => lines.join('\n'),
    stop: () => stopGroup(child),
  };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Resolves when the program exits with code 0; rejects with its last output otherwise. */
export function finished(started: Started, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    started.child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (exit ${code ?? signal}):\n${started.output()}`));
    });
  });
}

/** Polls `url` until it answers 2xx (with a body `accept` likes); fails early when its program exits. */
export async function waitForUrl(
  url: string,
  started: Started,
  timeoutMs: number,
  options: { headers?: Record<string, string>; accept?: (body: string) => boolean } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(
        `exited with code ${started.child.exitCode} before ${url} answered:\n${started.output()}`,
      );
    }
    const ok = await fetch(url, { headers: options.headers, signal: AbortSignal.timeout(2000) })
      .then(async (response) => response.ok && (options.accept?.(await response.text()) ?? true))
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s:\n${started.output()}`);
}
