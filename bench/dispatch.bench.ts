/**
 * Live dispatch: commit-to-delivery latency and sustained rate through one gateway (issue 7).
 *
 *   npx tsx bench/dispatch.bench.ts [--quick]          (standalone: starts its own platform)
 *   npm run bench                                      (sub-step against the runner's gateway, see bench/lib/sub-bench.ts)
 *
 * Standalone it creates a throwaway database (DATABASE_URL's server, else an embedded PostgreSQL in a
 * temp directory), migrates and seeds the demo county, and runs the platform (`scripts/start.ts`: four
 * subgraphs + gateway) as its own process, pinned to CPU 0 when taskset exists; the subscribers and
 * the writer run here. Under `npm run bench` it uses the runner's gateway and bench database.
 *
 * Measured
 * - latency with 1, 100 and 1,000 concurrent subscribers: events committed one per transaction at a
 *   steady rate; for every (event, subscriber) the time from sending COMMIT to the websocket message
 *   arriving at the subscriber; p50 / p99 / max. Every subscriber is a county dispatcher with the same
 *   selection (`cursor kind occurredAt note region { name code }`: the region comes from the grid
 *   subgraph, so each payload is a two-subgraph query plan), i.e. one payload execution per event;
 * - sustained rate: events committed by four writers as fast as the slowest subscriber keeps up
 *   (backlog capped below the buffer bound), with 1 and with 100 subscribers: events/s delivered to
 *   every subscriber, websocket messages/s, and the latency under that load.
 * Events are GRID_REPORT events written with appendEvents (exactly as services do); supervision's
 * consumer ignores that kind. Prints a table; writes bench/results/dispatch.json (and
 * BENCH_RESULT_FILE under the runner).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, loadConfig, parseConfig, startEmbeddedPostgres, withDatabase, type EmbeddedPostgres } from '@zz/common';
import { appendEvents, type NewEvent } from '@zz/events';
import { migrateAll, openDataSources, seedDemo } from '@zz/platform';
import { freePort, HAS_TASKSET, startProcess, stopAll, waitReady } from './lib/processes';

/**
 * The bench's event: a GRID_REPORT carrying only its sequence number as the note (the figures measure
 * delivery, not payloads), so it skips the topic map's payload check on purpose.
 */
const benchEvent = (region: { id: string; code: string }, seq: number): NewEvent =>
  ({ kind: 'GRID_REPORT', source: 'bench', regionId: region.id, regionCode: region.code, data: { note: `bench-${seq}` } }) as unknown as NewEvent;

const ROOT = path.resolve(__dirname, '..');
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const say = (m: string) => process.stderr.write(`[dispatch] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SELECTION = 'cursor kind occurredAt note region { name code }';
const QUERY = `subscription Bench { dispatchEvents(kinds: [GRID_REPORT]) { ${SELECTION} } }`;

interface Target {
  wsUrl: string;
  token: string;
  databaseUrl: string;
  mode: 'runner' | 'standalone';
  server: string;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------- setup

async function runnerTarget(): Promise<Target> {
  const tokens = JSON.parse(process.env.BENCH_TOKENS ?? '{}') as Record<string, string>;
  return {
    wsUrl: process.env.BENCH_GATEWAY_WS_URL!,
    token: tokens['county-dispatcher'] ?? process.env.BENCH_TOKEN!,
    databaseUrl: process.env.DATABASE_URL!,
    mode: 'runner',
    server: 'the bench runner\'s gateway and subgraphs',
    stop: async () => undefined,
  };
}

async function standaloneTarget(): Promise<Target> {
  const base = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  let tmp: string | null = null;
  let adminUrl = base.databaseUrl ? withDatabase(base.databaseUrl, 'postgres') : null;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-dispatch-bench-'));
    fs.chmodSync(tmp, 0o777);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), port: 56000 + Math.floor(Math.random() * 3000), persistent: false, quiet: true, cacheDir: base.embeddedPgCacheDir, dataRoot: base.embeddedPgDataRoot });
    adminUrl = embedded.adminUrl;
  }
  const dbName = `zz_bench_dispatch_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, dbName);
  say(`database ${dbName}: migrating and seeding the demo county`);
  const config = { ...parseConfig({ ...process.env, APP_ENV: 'demo', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }), databaseUrl };
  const sources = await openDataSources(config, { poolSize: 2 });
  await migrateAll(config, sources);
  await seedDemo(config, sources, { withCases: false });
  for (const ds of Object.values(sources)) if (ds.isInitialized) await ds.destroy();

  const ports = { PORT: await freePort(), CASES_PORT: await freePort(), PERSONNEL_PORT: await freePort(), GRID_PORT: await freePort(), SUPERVISION_PORT: await freePort() };
  const proc = startProcess({
    name: 'dispatch-bench-platform', script: 'scripts/start.ts', cwd: ROOT, logDir: path.join(ROOT, '.data', 'bench-logs'), cpus: '0',
    env: { ...process.env, APP_ENV: 'demo', SEED_DEMO: 'false', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) },
  });
  const httpUrl = `http://127.0.0.1:${ports.PORT}/graphql`;
  await waitReady(proc, httpUrl.replace(/\/graphql$/, '/ready'));
  const res = await fetch(httpUrl, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "county-dispatcher", password: "demo") { token } }' }),
  });
  const token = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  return {
    wsUrl: httpUrl.replace(/^http/, 'ws'),
    token,
    databaseUrl,
    mode: 'standalone',
    server: `platform process (scripts/start.ts)${proc.cpus ? ` on CPU ${proc.cpus}` : ''}, ${embedded ? 'embedded PostgreSQL' : 'PostgreSQL at DATABASE_URL'}`,
    async stop() {
      await proc.stop();
      const c = new Client({ connectionString: adminUrl! });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
      await c.end();
      await embedded?.stop();
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

// ----------------------------------------------------------------------------------------- subscribers

/** A bare graphql-transport-ws subscriber: timestamps each message on arrival, before parsing. */
class Subscriber {
  private ws: WebSocket;
  received = 0;
  closed: { code: number; reason: string } | null = null;
  ready: Promise<void>;

  constructor(url: string, token: string, onEvent: (seq: number, at: number) => void) {
    this.ws = new WebSocket(url, 'graphql-transport-ws');
    let acked!: () => void;
    let failed!: (e: Error) => void;
    this.ready = new Promise((res, rej) => { acked = res; failed = rej; });
    this.ws.on('open', () => this.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    this.ws.on('message', (raw) => {
      const at = performance.now();
      const msg = JSON.parse(String(raw));
      if (msg.type === 'connection_ack') {
        this.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));
        acked();
      } else if (msg.type === 'next') {
        this.received++;
        const note = msg.payload?.data?.dispatchEvents?.note as string | undefined;
        if (note?.startsWith('bench-')) onEvent(Number(note.slice(6)), at);
      } else if (msg.type === 'error') {
        failed(new Error(JSON.stringify(msg.payload)));
      }
    });
    this.ws.on('close', (code, reason) => { this.closed = { code, reason: String(reason) }; failed(new Error(`closed ${code} ${reason}`)); });
    this.ws.on('error', () => undefined);
  }

  close(): void {
    this.ws.close(1000);
  }
}

// ------------------------------------------------------------------------------------------- writing

class Writer {
  readonly sentAt = new Map<number, number>();
  constructor(private readonly ds: DataSource, private readonly region: { id: string; code: string }, private seq = 0) {}

  /** One event in one transaction; the clock starts when COMMIT is sent. */
  async commitOne(): Promise<number> {
    const seq = ++this.seq;
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await appendEvents(qr.manager, [benchEvent(this.region, seq)]);
      this.sentAt.set(seq, performance.now());
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
    return seq;
  }
}

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { samples: s.length, p50Ms: round(at(0.5)), p90Ms: round(at(0.9)), p99Ms: round(at(0.99)), maxMs: round(s[s.length - 1] ?? NaN), meanMs: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

async function connect(t: Target, n: number, onEvent: (seq: number, at: number) => void): Promise<Subscriber[]> {
  const subs: Subscriber[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, () => new Subscriber(t.wsUrl, t.token, onEvent));
    await Promise.all(batch.map((s) => s.ready));
    subs.push(...batch);
  }
  return subs;
}

/** Commits a marker and waits until every subscriber has it: all subscriptions are live. */
async function warmUp(w: Writer, subs: Subscriber[], seen: Map<number, number>): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const seq = await w.commitOne();
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if ((seen.get(seq) ?? 0) >= subs.length) return;
      await sleep(20);
    }
  }
  throw new Error('subscribers did not all go live');
}

async function latencyCase(t: Target, ds: DataSource, region: { id: string; code: string }, n: number, events: number, perSecond: number) {
  const w = new Writer(ds, region);
  const seen = new Map<number, number>();
  const samples: number[] = [];
  let measuring = false;
  const subs = await connect(t, n, (seq, at) => {
    seen.set(seq, (seen.get(seq) ?? 0) + 1);
    if (measuring) samples.push(at - w.sentAt.get(seq)!);
  });
  await warmUp(w, subs, seen);
  measuring = true;
  const first = (await w.commitOne());
  const interval = 1000 / perSecond;
  const started = performance.now();
  for (let i = 1; i < events; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    await w.commitOne();
  }
  const last = first + events - 1;
  const deadline = Date.now() + 60_000;
  while ((seen.get(last) ?? 0) < n && Date.now() < deadline) await sleep(20);
  await sleep(200);
  const cut = subs.filter((s) => s.closed).length;
  subs.forEach((s) => s.close());
  const expected = events * n;
  return { subscribers: n, events, ratePerSecond: perSecond, delivered: samples.length, expected, cutOff: cut, ...percentiles(samples) };
}

async function sustainedCase(t: Target, ds: DataSource, region: { id: string; code: string }, n: number, seconds: number) {
  // Four writers; sequence numbers stay unique across them (writer k uses k + 1 + 4·i).
  const sentAt = new Map<number, number>();
  const counts = new Map<number, number>();
  const samples: number[] = [];
  let measuring = false;
  let lastDeliveredAll = 0;
  const subs = await connect(t, n, (seq, at) => {
    const c = (counts.get(seq) ?? 0) + 1;
    counts.set(seq, c);
    if (!measuring) return;
    samples.push(at - sentAt.get(seq)!);
    if (c === n) lastDeliveredAll = at;
  });
  // Warm up with numbers of their own (negative), so they never meet the measured ones.
  const probe = new Writer(ds, region, -1_000_000);
  await warmUp(probe, subs, counts);
  measuring = true;
  const perSub = () => Math.min(...subs.map((s) => s.received));
  const baseline = perSub();
  let committed = 0;
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  await Promise.all([0, 1, 2, 3].map(async (k) => {
    let i = 0;
    while (performance.now() < stopAt) {
      // Keep the slowest subscriber's backlog well under the buffer bound (SUBSCRIPTION_MAX_BUFFER, 1000).
      while (committed - (perSub() - baseline) > 400) await sleep(1);
      const seq = k + 4 * i++ + 1;
      const qr = ds.createQueryRunner();
      await qr.connect();
      try {
        await qr.startTransaction();
        await appendEvents(qr.manager, [benchEvent(region, seq)]);
        sentAt.set(seq, performance.now());
        await qr.commitTransaction();
      } finally {
        await qr.release();
      }
      committed++;
    }
  }));
  const deadline = Date.now() + 60_000;
  while (perSub() - baseline < committed && Date.now() < deadline) await sleep(10);
  const elapsed = (lastDeliveredAll - started) / 1000;
  const cut = subs.filter((s) => s.closed).length;
  subs.forEach((s) => s.close());
  const eventsPerSecond = Math.round(committed / elapsed);
  return { subscribers: n, seconds: Math.round(elapsed * 10) / 10, events: committed, eventsPerSecond, messagesPerSecond: eventsPerSecond * n, cutOff: cut, latency: percentiles(samples) };
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const t = process.env.BENCH_GATEWAY_WS_URL ? await runnerTarget() : await standaloneTarget();
  say(`target: ${t.server} at ${t.wsUrl}${QUICK ? ' (quick)' : ''}`);
  const ds = createDataSource({ schema: 'events', url: t.databaseUrl, entities: [], migrations: [], poolSize: 6, applicationName: 'zz-dispatch-bench' });
  await ds.initialize();
  try {
    const [region] = (await ds.query(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code LIMIT 1`)) as { id: string; code: string }[];
    const plan = QUICK
      ? [{ n: 1, events: 100, rate: 50 }, { n: 100, events: 60, rate: 20 }, { n: 1000, events: 30, rate: 10 }]
      : [{ n: 1, events: 400, rate: 50 }, { n: 100, events: 200, rate: 20 }, { n: 1000, events: 100, rate: 10 }];
    const latency = [];
    for (const c of plan) {
      say(`latency: ${c.n} subscriber(s), ${c.events} events at ${c.rate}/s`);
      latency.push(await latencyCase(t, ds, region, c.n, c.events, c.rate));
      await sleep(500);
    }
    const seconds = QUICK ? 4 : Math.max(8, Number(process.env.BENCH_DURATION ?? 10));
    const sustained = [];
    for (const n of [1, 100]) {
      say(`sustained: ${n} subscriber(s) for ${seconds} s`);
      sustained.push(await sustainedCase(t, ds, region, n, seconds));
      await sleep(500);
    }

    const result = {
      benchmark: 'dispatch', mode: t.mode, server: t.server, quick: QUICK, pinned: HAS_TASKSET, selection: SELECTION,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      latency, sustained, at: new Date().toISOString(),
    };
    console.error('\ncommit → delivery latency (ms), one payload execution per event shared by all subscribers');
    console.error('subscribers  events  rate/s  delivered/expected   p50     p90     p99     max   cut off');
    for (const l of latency) {
      console.error(`${String(l.subscribers).padStart(11)}  ${String(l.events).padStart(6)}  ${String(l.ratePerSecond).padStart(6)}  ${`${l.delivered}/${l.expected}`.padStart(18)}  ${String(l.p50Ms).padStart(6)}  ${String(l.p90Ms).padStart(6)}  ${String(l.p99Ms).padStart(6)}  ${String(l.maxMs).padStart(6)}  ${l.cutOff}`);
    }
    console.error('\nsustained rate (backlog capped at 400 events per subscriber)');
    console.error('subscribers  events  seconds  events/s  messages/s   p50     p99   cut off');
    for (const s of sustained) {
      console.error(`${String(s.subscribers).padStart(11)}  ${String(s.events).padStart(6)}  ${String(s.seconds).padStart(7)}  ${String(s.eventsPerSecond).padStart(8)}  ${String(s.messagesPerSecond).padStart(10)}  ${String(s.latency.p50Ms).padStart(6)}  ${String(s.latency.p99Ms).padStart(6)}  ${s.cutOff}`);
    }
    const out = path.join(ROOT, 'bench', 'results', 'dispatch.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    if (process.env.BENCH_RESULT_FILE) fs.writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result));
    console.log(JSON.stringify(result));
  } finally {
    await ds.destroy();
    await t.stop();
    await stopAll();
  }
}

main().then(() => process.exit(0), async (err) => {
  say(`failed: ${(err as Error).stack ?? err}`);
  await stopAll();
  process.exit(1);
});
