/**
 * Runner side of the load generator: starts bench/lib/load-worker.ts once, pinned with taskset to the
 * load core, and sends it one step at a time over IPC.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { HAS_TASKSET } from './processes';

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  /** JSON request bodies; `__UNIQ__` is replaced per request by a unique string. */
  bodies: string[];
  uniqPrefix: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  timeoutSeconds?: number;
  /** Share of requests drawn from the first `hotCount` bodies (default 0.2 of 5). */
  hotShare?: number;
  hotCount?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  total: number;
  responses: number;
  durationSeconds: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses that were not 200 or carried GraphQL `errors`. */
  graphqlErrors: number;
  errorRate: number;
  sampleErrors: string[];
  connections: number;
}

export class LoadGenerator {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();
  private constructor(private readonly child: ChildProcess, readonly cpus: string | null) {}

  static async start(cwd: string, cpus: string | null): Promise<LoadGenerator> {
    const script = path.join(__dirname, 'load-worker.ts');
    const args = ['--import', 'tsx', script];
    const pin = cpus != null && HAS_TASKSET;
    const child = pin
      ? spawn('taskset', ['-c', cpus!, process.execPath, ...args], { cwd, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      : spawn(process.execPath, args, { cwd, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const gen = new LoadGenerator(child, pin ? cpus : null);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('load worker did not start')), 30_000);
      child.once('exit', (code) => reject(new Error(`load worker exited (${code})`)));
      child.on('message', (m: { ready?: boolean; id?: number; result?: LoadResult; error?: string }) => {
        if (m.ready) { clearTimeout(timer); resolve(); return; }
        const p = m.id !== undefined ? gen.pending.get(m.id) : undefined;
        if (!p) return;
        gen.pending.delete(m.id!);
        if (m.error) p.reject(new Error(m.error));
        else p.resolve(m.result!);
      });
    });
    child.on('exit', () => {
      for (const p of gen.pending.values()) p.reject(new Error('load worker exited'));
      gen.pending.clear();
    });
    return gen;
  }

  run(spec: LoadSpec): Promise<LoadResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, spec });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.disconnect();
    const t = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(t);
  }
}
