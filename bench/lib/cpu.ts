/**
 * CPU time per process during a bench step, from /proc/<pid>/stat (utime + stime), so a run says
 * where the CPU of a request goes — the gateway, each subgraph, PostgreSQL — not only how fast it was.
 * Linux only; elsewhere (or for a process that is gone) a group reads 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

function ticksOf(pid: number): number {
  try {
    // Fields after the command name (which may contain spaces, hence the last ')'): utime is 14th, stime 15th overall.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return 0;
  }
}

/** The postmaster of a PostgreSQL data directory and its children (backends, workers), now. */
export function postgresPids(dataDir: string): number[] {
  let postmaster: number;
  try {
    postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return [];
  }
  const pids = [postmaster];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Groups of processes by name; `pids` is asked at start and at stop (backends come and go). */
export type CpuGroups = Record<string, () => number[]>;

export class CpuMeter {
  private before = new Map<number, number>();

  constructor(private readonly groups: CpuGroups) {}

  start(): void {
    this.before = new Map();
    for (const pids of Object.values(this.groups)) for (const pid of pids()) this.before.set(pid, ticksOf(pid));
  }

  /** CPU milliseconds per group since start (a process that started meanwhile counts from zero). */
  stop(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, pids] of Object.entries(this.groups)) {
      let ticks = 0;
      for (const pid of pids()) ticks += ticksOf(pid) - (this.before.get(pid) ?? 0);
      out[name] = Math.round((ticks * 1000) / CLK_TCK);
    }
    return out;
  }
}
