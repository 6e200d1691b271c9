/**
 * The other engineers' bench files (bench/grid-at.bench.ts, bench/stats.bench.ts,
 * bench/dispatch.bench.ts, bench/console.bench.ts) run as sub-steps of `npm run bench`, each as its own process pinned to the
 * load core, against the stack the runner started. Their contract:
 *
 *   run as   node --import tsx bench/<name>.bench.ts       (cwd = repository root; exit 0 on success)
 *   env      BENCH_GATEWAY_URL      http://127.0.0.1:<port>/graphql   (our gateway; ws: same with ws://)
 *            BENCH_GATEWAY_WS_URL   ws://127.0.0.1:<port>/graphql
 *            BENCH_TOKENS           JSON { "<demo username>": "<JWT>" } for every demo account that logged in
 *            BENCH_TOKEN            the county dispatcher's JWT (Authorization: Bearer …)
 *            BENCH_IDENTITY_HEADERS JSON { "<demo username>": "<signed x-zz-identity>" } (valid 5 minutes)
 *            BENCH_SUBGRAPH_URLS    JSON { cases, personnel, grid, supervision } (subgraph /graphql URLs)
 *            CASES_URL … SUPERVISION_URL, DATABASE_URL (the loaded bench database), INTERNAL_SECRET, JWT_SECRET
 *            BENCH_DURATION         seconds per measured step the runner uses (take it as a hint)
 *            BENCH_QUICK            "1" for a quick run
 *            BENCH_RESULT_FILE      where to write the result: one JSON object (any shape; numbers in ms and
 *                                   req/s please, e.g. { "p50Ms": …, "p99Ms": …, "rps": … } per case measured)
 *            BENCH_PLANS_DIR        bench/plans: put EXPLAIN output there (e.g. stats-<name>.txt) if you collect any
 *   output   BENCH_RESULT_FILE (preferred); else the last line of stdout that parses as JSON; else
 *            bench/results/<name>.json if the file wrote it during the run.
 *
 * A file that is absent is reported as absent; a failure is reported with its output tail and does
 * not stop the run. Helpers below are for those files (optional to use).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HAS_TASKSET } from './processes';
import type { SubBenchResult } from './report';

export const SUB_BENCHES = [
  { name: 'grid-at', file: 'bench/grid-at.bench.ts', owner: 'grid' },
  { name: 'stats', file: 'bench/stats.bench.ts', owner: 'supervision' },
  { name: 'dispatch', file: 'bench/dispatch.bench.ts', owner: 'dispatch' },
  // A browser is the user's machine, not a load generator: it is not pinned to the load core (Chromium's
  // browser, renderer and GPU processes on one core measure the core, not the console).
  { name: 'console', file: 'bench/console.bench.ts', owner: 'console', unpinned: true },
] as const;

export interface SubBenchEnv {
  BENCH_GATEWAY_URL: string;
  BENCH_GATEWAY_WS_URL: string;
  BENCH_TOKEN: string;
  BENCH_TOKENS: string;
  BENCH_IDENTITY_HEADERS: string;
  BENCH_SUBGRAPH_URLS: string;
  BENCH_DURATION: string;
  BENCH_QUICK: string;
  BENCH_PLANS_DIR: string;
}

/** For a bench file: the context the runner passes (throws when run outside `npm run bench`). */
export function benchContext() {
  const need = (n: string) => {
    const v = process.env[n];
    if (!v) throw new Error(`${n} is not set: run this file through npm run bench (see bench/lib/sub-bench.ts)`);
    return v;
  };
  return {
    gatewayUrl: need('BENCH_GATEWAY_URL'),
    gatewayWsUrl: need('BENCH_GATEWAY_WS_URL'),
    token: need('BENCH_TOKEN'),
    tokens: JSON.parse(need('BENCH_TOKENS')) as Record<string, string>,
    identityHeaders: JSON.parse(need('BENCH_IDENTITY_HEADERS')) as Record<string, string>,
    subgraphUrls: JSON.parse(need('BENCH_SUBGRAPH_URLS')) as Record<string, string>,
    databaseUrl: need('DATABASE_URL'),
    durationSeconds: Number(process.env.BENCH_DURATION ?? 5),
    quick: process.env.BENCH_QUICK === '1',
    plansDir: process.env.BENCH_PLANS_DIR ?? path.resolve('bench/plans'),
  };
}

/** For a bench file: writes its result where the runner reads it (and prints it as the last stdout line). */
export function writeBenchResult(result: unknown): void {
  const text = JSON.stringify(result);
  if (process.env.BENCH_RESULT_FILE) fs.writeFileSync(process.env.BENCH_RESULT_FILE, text);
  process.stdout.write(text + '\n');
}

export async function runSubBench(
  rootDir: string, sub: (typeof SUB_BENCHES)[number], env: NodeJS.ProcessEnv, cpus: string | null, timeoutMs: number,
): Promise<SubBenchResult> {
  const file = path.join(rootDir, sub.file);
  if (!fs.existsSync(file)) return { name: sub.name, file: sub.file, status: 'absent', note: `${sub.file} does not exist yet (owner: ${sub.owner})` };
  const resultFile = path.join(os.tmpdir(), `zz-bench-${sub.name}-${process.pid}-${Date.now()}.json`);
  const args = ['--import', 'tsx', file];
  const started = Date.now();
  const childEnv = { ...env, BENCH_RESULT_FILE: resultFile };
  const pin = cpus != null && HAS_TASKSET && !('unpinned' in sub && sub.unpinned);
  const child = pin
    ? spawn('taskset', ['-c', cpus!, process.execPath, ...args], { cwd: rootDir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, args, { cwd: rootDir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (b: Buffer) => {
    output += b.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on('data', (b: Buffer) => { keep(b); process.stdout.write(`  [${sub.name}] ${b.toString().replace(/\n(?!$)/g, `\n  [${sub.name}] `)}`); });
  child.stderr!.on('data', keep);
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  clearTimeout(timer);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  let result: unknown;
  if (fs.existsSync(resultFile)) {
    try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { result = { unparsable: fs.readFileSync(resultFile, 'utf8').slice(0, 2000) }; }
    fs.rmSync(resultFile, { force: true });
  } else {
    for (const line of output.trim().split('\n').reverse()) {
      try { result = JSON.parse(line); break; } catch { /* not JSON */ }
    }
  }
  // A bench file that keeps its own results file (bench/results/<name>.json) is read from there.
  const own = path.join(rootDir, 'bench', 'results', `${sub.name}.json`);
  if (result === undefined && fs.existsSync(own) && fs.statSync(own).mtimeMs >= started) {
    try { result = JSON.parse(fs.readFileSync(own, 'utf8')); } catch { /* not JSON */ }
  }
  const tail = output.split('\n').slice(-25).join('\n');
  if (exitCode !== 0) return { name: sub.name, file: sub.file, status: 'failed', exitCode, seconds, result, outputTail: tail, note: Date.now() - started >= timeoutMs ? `timed out after ${timeoutMs / 1000} s` : undefined };
  return { name: sub.name, file: sub.file, status: 'ok', exitCode, seconds, result };
}
