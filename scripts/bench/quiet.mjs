// Lighthouse slows the CPU 4× relative to this machine, so its figures mean something only on a quiet machine:
// before each measurement the benchmarks wait, bounded, for the one-minute load average to fall below a limit.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** Below this one-minute load average the machine counts as quiet (BENCH_QUIET_LOAD). */
export const QUIET_LOAD = Number(process.env.BENCH_QUIET_LOAD ?? 1.0);
/** Longest wait for quiet, in seconds (BENCH_QUIET_WAIT_SECONDS); then the measurement runs and says so. */
export const QUIET_WAIT_SECONDS = Number(process.env.BENCH_QUIET_WAIT_SECONDS ?? 300);

/**
 * Waits until the one-minute load average is below QUIET_LOAD, at most QUIET_WAIT_SECONDS. Returns
 * `{load, quiet, waitedSeconds}`: the load average when it returned and whether it was below the limit.
 */
export async function waitForQuiet() {
  const started = Date.now();
  let announced = false;
  for (;;) {
    const load = os.loadavg()[0];
    const waitedSeconds = Math.round((Date.now() - started) / 1000);
    if (load < QUIET_LOAD) return { load, quiet: true, waitedSeconds };
    if (waitedSeconds >= QUIET_WAIT_SECONDS) {
      console.warn(
        `load average still ${load.toFixed(2)} after ${waitedSeconds} s: measuring anyway (not quiet)`,
      );
      return { load, quiet: false, waitedSeconds };
    }
    if (!announced)
      console.log(`waiting for the load average (${load.toFixed(2)}) to fall below ${QUIET_LOAD}…`);
    announced = true;
    await sleep(5000);
  }
}
