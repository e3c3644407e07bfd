// Memory of a process, from /proc/<pid>/status (Linux).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** VmRSS, VmHWM … of `pid` in KiB; undefined if the process is gone. */
export function memoryKiB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const out = {};
    for (const m of status.matchAll(/^(Vm\w+):\s+(\d+) kB$/gm)) out[m[1]] = Number(m[2]);
    return out;
  } catch {
    return undefined;
  }
}

export const rssMiB = (pid) => (memoryKiB(pid)?.VmRSS ?? NaN) / 1024;

/** Resets the peak RSS (VmHWM) to the current RSS; false where the kernel does not allow it. */
export function resetPeak(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time `pid` has used so far, all its threads, in ms: the scheduler's exact run time
 * (/proc/<pid>/task/<tid>/schedstat, ns), else utime + stime (whole clock ticks, and sampled
 * at the tick, so short bursts are misattributed); NaN if the process is gone.
 */
export function cpuMs(pid) {
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended meanwhile
      }
    }
    if (ns > 0) return ns / 1e6;
  } catch {
    // no schedstat here: fall back to the tick counts
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / clockTicks()) * 1000;
  } catch {
    return NaN;
  }
}

/**
 * CPU used by each of `pids` ({ name: pid or [pids] }) between now and stop(ops), in µs per operation;
 * `self` is this process (the load generator).
 */
export function cpuMeter(pids) {
  const total = (p) => [p].flat().reduce((sum, pid) => sum + cpuMs(pid), 0);
  const start = Object.fromEntries(Object.entries(pids).map(([name, p]) => [name, total(p)]));
  const self = process.cpuUsage();
  return {
    stop(ops) {
      const out = {};
      for (const [name, p] of Object.entries(pids)) out[name] = ((total(p) - start[name]) * 1000) / ops;
      const used = process.cpuUsage(self);
      out.self = (used.user + used.system) / ops;
      return out;
    },
  };
}
