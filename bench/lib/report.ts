/**
 * Figures of a run: the per-step table, the ratio table (ours / each Hive variant, gateway / direct),
 * the targets of issue 8 beside the measured values, and the JSON written to bench/results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load';

/** `single`: our gateway with ONE client (the unloaded latency, beside the 50-client figures). */
export type TargetKind = 'ours' | 'hive' | 'direct' | 'single';

export interface StepResult {
  operation: string;
  /** e.g. "ours (dedup on)", "hive-rust (dedup off)", "direct:grid". */
  target: string;
  kind: TargetKind;
  dedup: 'on' | 'off' | null;
  planner?: 'js' | 'rust';
  /** 1-based measurement round (see --rounds). */
  round?: number;
  result?: LoadResult;
  skipped?: string;
  /** Load average (1 min) just before the step: others share this machine. */
  loadAvg1: number;
  /**
   * CPU milliseconds per request, by process (the gateway under test, each subgraph, the embedded
   * PostgreSQL): CPU time over the step (warm-up included) / (req/s × (warm-up + duration)).
   */
  cpuMsPerRequest?: Record<string, number>;
}

export interface SubBenchResult {
  name: string;
  file: string;
  status: 'ok' | 'failed' | 'absent';
  exitCode?: number | null;
  seconds?: number;
  result?: unknown;
  note?: string;
  outputTail?: string;
}

export interface RatioRow {
  operation: string;
  numerator: string;
  denominator: string;
  ratio: number;
  /** Issue 8 target for this ratio, if any. */
  target?: number;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  label: string | null;
  command: string;
  machine: Record<string, unknown>;
  database: Record<string, unknown>;
  options: Record<string, unknown>;
  operations: Record<string, { description: string; subgraphs: string[]; skipped?: string; poolSize?: number; target?: unknown }>;
  /** One row per (operation, target): the median round by req/s. */
  steps: StepResult[];
  /** Every measured step of every round. */
  allSteps: StepResult[];
  ratios: RatioRow[];
  targets: { name: string; target: string; measured: string; met: boolean | null }[];
  /** Bytes on disk per case (bench/lib/storage.ts); null without loaded data. */
  storage: import('./storage').StorageReport | null;
  subBenches: SubBenchResult[];
  plans: { name: string; file: string; executionMs: number | null; planningMs: number | null }[];
  notes: string[];
}

export function machineInfo(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    hostname: os.hostname(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAvg: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function formatSteps(steps: StepResult[]): string {
  const lines = [`${pad('operation', 13)} ${pad('target', 24)} ${lpad('req/s', 8)} ${lpad('p50 ms', 7)} ${lpad('p99 ms', 7)} ${lpad('errors', 7)} ${lpad('load', 5)}`];
  for (const s of steps) {
    if (s.skipped || !s.result) {
      lines.push(`${pad(s.operation, 13)} ${pad(s.target, 24)} skipped: ${s.skipped ?? 'no result'}`);
      continue;
    }
    const r = s.result;
    const err = r.graphqlErrors + r.errors + r.timeouts;
    lines.push(`${pad(s.operation, 13)} ${pad(s.target, 24)} ${lpad(r.requestsPerSecond.toFixed(0), 8)} ${lpad(String(r.latencyMs.p50), 7)} ${lpad(String(r.latencyMs.p99), 7)} ${lpad(err ? `${r.errorRate}%` : '0', 7)} ${lpad(s.loadAvg1.toFixed(1), 5)}`);
  }
  return lines.join('\n');
}

/** Only clean steps count for ratios: a step with errors measures error handling, not the gateway. */
function rps(s: StepResult | undefined): number | null {
  if (!s?.result || s.skipped) return null;
  if (s.result.errorRate > 1) return null;
  return s.result.requestsPerSecond;
}

export function computeRatios(steps: StepResult[]): RatioRow[] {
  const rows: RatioRow[] = [];
  const ops = [...new Set(steps.map((s) => s.operation))];
  for (const op of ops) {
    const of = steps.filter((s) => s.operation === op);
    const ours = of.filter((s) => s.kind === 'ours');
    for (const o of ours) {
      const num = rps(o);
      if (num === null) continue;
      // Ours vs each Hive variant with the same dedup setting (and both when ours ran one setting only).
      for (const h of of.filter((s) => s.kind === 'hive' && (ours.length === 1 || s.dedup === o.dedup))) {
        const den = rps(h);
        if (den) rows.push({ operation: op, numerator: o.target, denominator: h.target, ratio: round2(num / den), target: h.planner === 'rust' ? 1.0 : 1.5 });
      }
      for (const d of of.filter((s) => s.kind === 'direct')) {
        const den = rps(d);
        if (den) rows.push({ operation: op, numerator: o.target, denominator: d.target, ratio: round2(num / den), target: 0.8 });
      }
    }
  }
  return rows;
}

export function formatRatios(rows: RatioRow[]): string {
  if (!rows.length) return '(no ratios: a side of each pair is missing or had errors)';
  const lines = [`${pad('operation', 13)} ${pad('ours', 18)} ${pad('vs', 24)} ${lpad('ratio', 6)} ${lpad('target', 7)}`];
  for (const r of rows) {
    const ok = r.target === undefined ? '' : r.ratio >= r.target ? ' ✓' : ' ✗';
    lines.push(`${pad(r.operation, 13)} ${pad(r.numerator, 18)} ${pad(r.denominator, 24)} ${lpad(r.ratio.toFixed(2), 6)} ${lpad(r.target !== undefined ? `≥${r.target}` : '', 7)}${ok}`);
  }
  return lines.join('\n');
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function writeReport(resultsDir: string, report: BenchReport): { file: string; latest: string } {
  fs.mkdirSync(resultsDir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-').replace(/Z$/, 'Z');
  const file = path.join(resultsDir, `bench-${stamp}.json`);
  const text = JSON.stringify(report, null, 2) + '\n';
  fs.writeFileSync(file, text);
  const latest = path.join(resultsDir, 'latest.json');
  fs.writeFileSync(latest, text);
  return { file, latest };
}

/** The median round of each (operation, target) by req/s (skipped steps kept when nothing ran). */
export function medianSteps(all: StepResult[]): StepResult[] {
  const groups = new Map<string, StepResult[]>();
  for (const s of all) {
    const k = `${s.operation}\u0001${s.target}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const out: StepResult[] = [];
  for (const g of groups.values()) {
    const ran = g.filter((s) => s.result && !s.skipped).sort((a, b) => a.result!.requestsPerSecond - b.result!.requestsPerSecond);
    out.push(ran.length ? ran[Math.floor((ran.length - 1) / 2)] : g[0]);
  }
  return out;
}
