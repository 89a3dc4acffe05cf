// CPU time used by processes, read from Linux's /proc: the figure that stays comparable on a shared machine,
// where requests per second fall with everybody else's load but the work done per request does not.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Node supports

/**
 * One process's stat line per proc(5), or null once it has exited. Fields are numbered as in proc(5); the
 * command name (field 2) may hold spaces, so the rest is split after its closing parenthesis.
 */
function readStat(pid) {
  let line;
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const field = (n) => Number(fields[n - 3]); // fields[0] is field 3
  return { processGroup: field(5), cpuTicks: field(14) + field(15) }; // utime + stime
}

/**
 * Milliseconds of CPU (user + system) used so far by every live process of process group `pgid` (a server
 * started detached, with its workers), or null where /proc is unavailable.
 */
export function processGroupCpuMs(pgid) {
  let pids;
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat?.processGroup === pgid) ticks += stat.cpuTicks;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Milliseconds of CPU (user + system) used so far by process `pid` alone, or null if it is not readable. */
export function processCpuMs(pid) {
  const stat = readStat(pid);
  return stat ? (stat.cpuTicks * 1000) / TICKS_PER_SECOND : null;
}
