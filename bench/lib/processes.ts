/**
 * The processes of a bench run: each subgraph, our gateway and every Hive Gateway variant run as their
 * own node process (as in production), optionally pinned to a CPU with `taskset -c`. Their output goes
 * to .data/bench-logs/<name>.log; the runner stops exactly the processes it started, by pid.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface ManagedProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  logFile: string;
  /** CPU list it is pinned to, or null. */
  cpus: string | null;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const running = new Set<ManagedProcess>();

export const HAS_TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

export function cpuCount(): number {
  return Math.max(1, (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1);
}

export interface StartOptions {
  name: string;
  /** Script path relative to cwd, run with `node --import tsx` — unless it is compiled JavaScript (`.js`, run as is). */
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  logDir: string;
  /** e.g. "0"; ignored without taskset. */
  cpus?: string | null;
  /** Extra node flags (e.g. --max-old-space-size). */
  nodeFlags?: string[];
}

export function startProcess(o: StartOptions): ManagedProcess {
  fs.mkdirSync(o.logDir, { recursive: true });
  const logFile = path.join(o.logDir, `${o.name}.log`);
  const out = fs.openSync(logFile, 'w');
  const loader = o.script.endsWith('.js') ? [] : ['--import', 'tsx'];
  const nodeArgs = [...(o.nodeFlags ?? []), ...loader, o.script, ...(o.args ?? [])];
  const pin = o.cpus != null && HAS_TASKSET;
  // taskset execs node, so the pid we get is node's own and the affinity covers every thread it starts.
  const child = pin
    ? spawn('taskset', ['-c', o.cpus!, process.execPath, ...nodeArgs], { cwd: o.cwd, env: o.env, stdio: ['ignore', out, out] })
    : spawn(process.execPath, nodeArgs, { cwd: o.cwd, env: o.env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const proc: ManagedProcess = {
    name: o.name,
    pid: child.pid!,
    child,
    logFile,
    cpus: pin ? o.cpus! : null,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) { running.delete(proc); return; }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(timer);
      running.delete(proc);
    },
  };
  running.add(proc);
  return proc;
}

/** Stops every process this runner started (on the way out, also after a failure or Ctrl-C). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop().catch(() => undefined)));
}

/** Last lines of a process's log, for error messages. */
export function logTail(p: ManagedProcess, lines = 30): string {
  try {
    return fs.readFileSync(p.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Polls `url` until it answers 2xx (or the process dies, or the timeout passes). */
export async function waitReady(p: ManagedProcess, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void p.exited.then(() => { dead = true; });
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${p.name} exited before it was ready (log ${p.logFile}):\n${logTail(p)}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${p.name} not ready at ${url} after ${timeoutMs / 1000} s (log ${p.logFile}):\n${logTail(p)}`);
}

/**
 * A free port BELOW the ephemeral range (32768+ on Linux): a port the kernel hands out for outgoing
 * connections can be taken between our check and the server's listen, and on a machine where others
 * run test suites that happens (EADDRINUSE).
 */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const ok = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port found in 20000..32000');
}

/** Pins the current process (all its threads) to `cpus`; returns false when taskset is missing. */
export function pinSelf(cpus: string): boolean {
  if (!HAS_TASKSET) return false;
  return spawnSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' }).status === 0;
}
