/**
 * `npm run bench` — performance at province scale, measured side by side (issue 8).
 *
 *   npm run bench -- [--scale N] [--duration S] [--only op,…] [--skip-hive] [--quick]   (--help for all)
 *
 * 1. A bench database (DATABASE_URL's server, else an embedded PostgreSQL in .data/bench-pg), migrated
 *    and loaded by the scale seeder if it does not hold the wanted data yet.
 * 2. The four subgraphs as separate processes, our gateway as its own process pinned to CPU 0, the load
 *    generator (autocannon, in a child process) pinned to CPU 1.
 * 3. Every operation of bench/operations.ts through (a) our gateway, (b) Hive Gateway on the same
 *    supergraph and subgraphs — JS planner and Rust planner, in-flight dedup on and off — each variant
 *    its own process pinned to CPU 0 in turn, and (c) single-subgraph operations straight to the
 *    subgraph; then the other engineers' bench files (grid-at, stats, dispatch) as sub-steps.
 * 4. Prints req/s, p50, p99 per step and the ratios, writes bench/results/bench-<time>.json and
 *    latest.json, refreshes the EXPLAIN plans in bench/plans/.
 */
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import os from 'node:os';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { loadConfig, SERVICE_NAMES, type ServiceName } from '@zz/common';
import { parseBenchArgs, targetCases, type BenchOptions } from './lib/cli';
import { openBenchDatabase, type BenchDatabase } from './lib/database';
import { freePort, HAS_TASKSET, startProcess, stopAll, waitReady, type ManagedProcess } from './lib/processes';
import { LoadGenerator, type LoadSpec } from './lib/load';
import { bearerHeaders, identityHeaders, login, type Account } from './lib/auth';
import { loadFixtures } from './lib/fixtures';
import { computeRatios, formatRatios, formatSteps, machineInfo, medianSteps, writeReport, type BenchReport, type StepResult, type SubBenchResult } from './lib/report';
import { runSubBench, SUB_BENCHES } from './lib/sub-bench';
import { CpuMeter, postgresPids } from './lib/cpu';
import { collectPlans } from './lib/explain';
import { selectOperations, type BenchOperation } from './operations';
import { evaluateTargets } from './lib/targets';
import { formatStorage, measureStorage, type StorageReport } from './lib/storage';
import { readLoadState } from '@zz/platform/scale-seed';

const ROOT = path.resolve(__dirname, '..');
const GATEWAY_CPU = '0';
const LOAD_CPU = '1';

const say = (m: string) => process.stderr.write(`[bench] ${m}\n`);

interface Stack {
  db: BenchDatabase;
  subgraphs: Record<ServiceName, { url: string; proc: ManagedProcess }>;
  env: NodeJS.ProcessEnv;
  logDir: string;
}

async function runSeed(db: BenchDatabase, o: BenchOptions): Promise<void> {
  const args = ['--import', 'tsx', 'scripts/seed.ts', '--scale', String(o.scale), '--cases', String(targetCases(o))];
  if (o.reseed) args.push('--reset');
  const child = spawn(process.execPath, args, {
    cwd: ROOT, stdio: ['ignore', 2, 2], // its log and progress bar go to our stderr
    env: { ...process.env, DATABASE_URL: db.url, APP_ENV: 'demo', SEED_DEMO: 'false', LOG_LEVEL: 'info' },
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`the scale seeder failed (exit ${code})`);
}

async function startSubgraphs(db: BenchDatabase, logDir: string, profileDir: string | null = null): Promise<Stack> {
  const ports = {} as Record<ServiceName, number>;
  for (const s of SERVICE_NAMES) ports[s] = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: 'demo', SEED_DEMO: 'false', LOG_LEVEL: 'warn', COUNT_SQL: 'false', HOST: '127.0.0.1',
    ...(nodeEnv !== null ? { NODE_ENV: nodeEnv } : {}),
    DATABASE_URL: db.url,
    // The bench sends thousands of requests per token per second: lift the per-token limit.
    RATE_LIMIT_PER_MINUTE: '1000000000',
  };
  for (const s of SERVICE_NAMES) {
    env[`${s.toUpperCase()}_PORT`] = String(ports[s]);
    env[`${s.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[s]}/graphql`;
  }
  const subgraphs = {} as Stack['subgraphs'];
  for (const s of SERVICE_NAMES) {
    const proc = startProcess({
      name: `subgraph-${s}`, script: serverScript(s, `services/${s}/src/index.ts`), env, cwd: ROOT, logDir,
      nodeFlags: profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(profileDir, `subgraph-${s}`)] : [],
    });
    subgraphs[s] = { url: env[`${s.toUpperCase()}_URL`]!, proc };
  }
  await Promise.all(SERVICE_NAMES.map((s) => waitReady(subgraphs[s].proc, subgraphs[s].url.replace(/\/graphql$/, '/ready'), 120_000)));
  return { db, subgraphs, env, logDir };
}

let gatewayNodeFlags: string[] = [];
/** Compiled JavaScript (dist/server, built once at the start of the run, as `npm start` runs it) unless --tsx. */
let useTsx = false;
/** NODE_ENV of every process started (--node-env). */
let nodeEnv: string | null = null;
const serverScript = (name: string, source: string) => (useTsx ? source : `dist/server/${name}.js`);

async function startOurGateway(stack: Stack, dedup: 'on' | 'off', profileDir: string | null = null): Promise<{ url: string; proc: ManagedProcess }> {
  const port = await freePort();
  const proc = startProcess({
    name: `gateway-dedup-${dedup}`, script: serverScript('gateway', 'gateway/src/index.ts'), cwd: ROOT, logDir: stack.logDir, cpus: GATEWAY_CPU,
    nodeFlags: [...gatewayNodeFlags, ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])],
    env: { ...stack.env, PORT: String(port), GATEWAY_DEDUP: dedup === 'on' ? 'true' : 'false' },
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitReady(proc, url.replace(/\/graphql$/, '/ready'));
  return { url, proc };
}

async function startHive(stack: Stack, planner: 'js' | 'rust', dedup: 'on' | 'off'): Promise<{ url: string; proc: ManagedProcess }> {
  const port = await freePort();
  const proc = startProcess({
    name: `hive-${planner}-dedup-${dedup}`, script: 'bench/hive-gateway.ts', args: ['--port', String(port), '--planner', planner, '--dedup', dedup],
    cwd: ROOT, logDir: stack.logDir, cpus: GATEWAY_CPU, env: { ...stack.env }, nodeFlags: gatewayNodeFlags,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitReady(proc, url.replace(/\/graphql$/, '/healthcheck'));
  return { url, proc };
}

async function introspect(url: string, headers: Record<string, string>): Promise<GraphQLSchema> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: getIntrospectionQuery() }) });
  const body = (await res.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!body.data) throw new Error(`introspection failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return buildClientSchema(body.data);
}

/**
 * Waits until supervision's read-model consumer has applied every event in the log (after a write
 * step), so the next step does not share the CPU with the catch-up. Gives up after 60 s.
 */
async function settle(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const { rows } = await c.query(
        `SELECT (SELECT max(id) FROM events.dispatch_event) AS last, (SELECT id FROM events.consumer_cursor WHERE consumer = 'supervision-read-model') AS at`);
      if (!rows[0].at || !rows[0].last || BigInt(rows[0].at) >= BigInt(rows[0].last)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch {
    // no event log or cursor (yet): nothing to wait for
  } finally {
    await c.end();
  }
}

/** One request first: a step whose operation fails outright is reported with the error, not measured. */
async function probe(url: string, headers: Record<string, string>, body: string): Promise<string | null> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body.replaceAll('__UNIQ__', `probe-${Date.now()}-${Math.random().toString(36).slice(2)}`), signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) return `${res.status} ${text.slice(0, 300)}`;
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

async function main() {
  const o = parseBenchArgs(process.argv.slice(2));
  gatewayNodeFlags = o.gatewayNodeFlags;
  useTsx = o.tsx;
  nodeEnv = o.nodeEnv;
  if (!useTsx) {
    const { buildServers } = (await import(path.join(ROOT, 'scripts', 'build-server.mjs'))) as { buildServers(): Promise<string[]> };
    await buildServers();
  }
  const startedAt = new Date();
  const config = loadConfig();
  const notes: string[] = [];
  if (!HAS_TASKSET) notes.push('taskset not found: processes are not pinned');
  if (os.cpus().length < 2) notes.push('fewer than 2 CPUs: the gateway and the load generator share one');
  const logDir = path.join(config.dataDir, 'bench-logs');
  const operations = selectOperations(o.only);

  say(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os.loadavg()[0].toFixed(2)}`);
  const db = await openBenchDatabase({ rootDir: ROOT, dataDir: config.dataDir, pgDir: o.pgDir, databaseUrl: config.databaseUrl, name: o.database, log: say, cacheDir: config.embeddedPgCacheDir, dataRoot: config.embeddedPgDataRoot });
  let stack: Stack | null = null;
  let loadGen: LoadGenerator | null = null;
  let keepAlive = false;
  const cleanup = async () => {
    await loadGen?.stop().catch(() => undefined);
    await stopAll();
    await db.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => { say('interrupted: stopping'); void cleanup().then(() => process.exit(130)); });
  process.once('SIGTERM', () => { void cleanup().then(() => process.exit(143)); });

  try {
    say(`database: ${db.server}`);
    say(`data: ${o.scale} counties, ${targetCases(o).toLocaleString('en')} cases (loaded now unless already present)`);
    await runSeed(db, o);
    const loadState = await readLoadState(db.url);

    say('starting the four subgraphs');
    stack = await startSubgraphs(db, logDir, o.profile ? path.join(config.dataDir, 'bench-profiles') : null);
    loadGen = await LoadGenerator.start(ROOT, LOAD_CPU);

    const steps: StepResult[] = [];
    const opInfo: BenchReport['operations'] = {};
    const accounts = new Map<string, Account>();
    let fixtures: Awaited<ReturnType<typeof loadFixtures>> | null = null;
    let schema: GraphQLSchema | null = null;
    void schema;
    const pools = new Map<string, string[]>();

    const step = async (op: BenchOperation, target: string, kind: StepResult['kind'], url: string, headers: Record<string, string>, extra: Partial<StepResult> & { connections?: number } = {}) => {
      const base: StepResult = { operation: op.name, target, kind, dedup: extra.dedup ?? null, planner: extra.planner, round: extra.round ?? 1, loadAvg1: Math.round(os.loadavg()[0] * 100) / 100 };
      const bodies = pools.get(op.name);
      if (!bodies) { steps.push({ ...base, skipped: opInfo[op.name]?.skipped ?? 'not runnable' }); return; }
      const failure = await probe(url, headers, bodies[0]);
      if (failure) {
        say(`  ${op.name} via ${target}: fails — ${failure.slice(0, 200)}`);
        steps.push({ ...base, skipped: `request fails: ${failure}` });
        return;
      }
      const spec: LoadSpec = {
        url, headers, bodies, uniqPrefix: `${startedAt.getTime().toString(36)}-${target.replace(/\W+/g, '')}`,
        connections: extra.connections ?? o.connections, durationSeconds: o.duration, warmupSeconds: o.warmup,
      };
      const meter = new CpuMeter({
        ...(procByUrl.has(url) ? { gateway: () => [procByUrl.get(url)!.pid] } : {}),
        ...Object.fromEntries(Object.entries(stack!.subgraphs).map(([name, sg]) => [name, () => [sg.proc.pid]])),
        ...(db.dataDir ? { postgres: () => postgresPids(db.dataDir!) } : {}),
      });
      meter.start();
      const result = await loadGen!.run(spec);
      const cpuMs = meter.stop();
      const requests = result.requestsPerSecond * (o.duration + o.warmup);
      const cpuMsPerRequest = requests > 0 ? Object.fromEntries(Object.entries(cpuMs).map(([k, v]) => [k, Math.round((v / requests) * 100) / 100])) : undefined;
      steps.push({ ...base, result, cpuMsPerRequest });
      const err = result.graphqlErrors + result.errors + result.timeouts;
      say(`  ${op.name.padEnd(12)} ${target.padEnd(24)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(result.latencyMs.p50).padStart(4)} ms  p99 ${String(result.latencyMs.p99).padStart(4)} ms${err ? `  errors ${result.errorRate}% (${result.sampleErrors[0]?.slice(0, 160)})` : ''}`);
      if (cpuMsPerRequest) say(`  ${''.padEnd(12)} ${''.padEnd(24)} CPU ms/request: ${Object.entries(cpuMsPerRequest).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    };

    // Every gateway under test runs at once, each its own process pinned to the gateway core (idle ones
    // cost nothing); each operation is then measured through every target in turn, the order rotated
    // per operation and round. Interleaving keeps the comparison fair on a machine whose background
    // load drifts (others run test suites on it): no variant gets a quiet quarter of an hour to itself.
    interface Target { name: string; kind: StepResult['kind']; dedup: 'on' | 'off' | null; planner?: 'js' | 'rust'; url: string; subgraph?: ServiceName }
    const targets: Target[] = [];
    const procByUrl = new Map<string, ManagedProcess>();
    for (const dedup of o.oursDedup) {
      say(`starting our gateway (dedup ${dedup}), pinned to CPU ${GATEWAY_CPU}`);
      const gw = await startOurGateway(stack, dedup, o.profile ? path.join(config.dataDir, 'bench-profiles', `gateway-dedup-${dedup}`) : null);
      targets.push({ name: `ours (dedup ${dedup})`, kind: 'ours', dedup, url: gw.url });
      procByUrl.set(gw.url, gw.proc);
    }
    if (!o.skipHive) {
      const variants: ['js' | 'rust', 'on' | 'off'][] = o.quick ? [['js', 'on'], ['rust', 'on']] : [['js', 'on'], ['js', 'off'], ['rust', 'on'], ['rust', 'off']];
      for (const [planner, dedup] of variants) {
        say(`starting Hive Gateway, ${planner} planner, dedup ${dedup}, pinned to CPU ${GATEWAY_CPU}`);
        try {
          const hive = await startHive(stack, planner, dedup);
          targets.push({ name: `hive-${planner} (dedup ${dedup})`, kind: 'hive', dedup, planner, url: hive.url });
          procByUrl.set(hive.url, hive.proc);
        } catch (err) {
          say(`  could not start: ${(err as Error).message.slice(0, 500)}`);
          for (const op of operations) steps.push({ operation: op.name, target: `hive-${planner} (dedup ${dedup})`, kind: 'hive', dedup, planner, loadAvg1: os.loadavg()[0], skipped: `Hive Gateway did not start: ${(err as Error).message.slice(0, 300)}` });
        }
      }
    }
    if (!o.skipDirect) {
      for (const s of new Set(operations.map((x) => x.direct).filter((x): x is ServiceName => !!x))) {
        targets.push({ name: `direct:${s}`, kind: 'direct', dedup: null, url: stack.subgraphs[s].url, subgraph: s });
      }
    }
    const ours = targets.find((t) => t.kind === 'ours')!;

    for (const username of new Set(operations.map((op) => op.account))) accounts.set(username, await login(ours.url, config, username));
    fixtures = await loadFixtures(db.url);
    schema = await introspect(ours.url, bearerHeaders(accounts.get('county-dispatcher') ?? [...accounts.values()][0]));
    for (const op of operations) {
      const errors = validate(schema, parse(op.query));
      const pool = op.variables(fixtures);
      const info: BenchReport['operations'][string] = { description: op.description, subgraphs: op.subgraphs, target: op.target, poolSize: pool.length };
      if (errors.length) info.skipped = `not in the supergraph yet: ${errors.map((e) => e.message).join('; ')}`;
      else if (!pool.length) info.skipped = `no variables (${(op.needs ?? []).join(', ')} empty: nothing loaded)`;
      else pools.set(op.name, pool.map((variables) => JSON.stringify({ query: op.query, variables })));
      opInfo[op.name] = info;
      if (info.skipped) say(`  ${op.name}: skipped — ${info.skipped.slice(0, 300)}`);
    }

    // Reads first, writes last: a write leaves work behind (supervision's consumer applies the new
    // events), which is waited out before anything else is measured.
    const ordered = [...operations.filter((op) => !op.mutation), ...operations.filter((op) => op.mutation)];
    for (let round = 1; round <= o.rounds; round++) {
      if (o.rounds > 1) say(`round ${round} of ${o.rounds}`);
      for (const [i, op] of ordered.entries()) {
        const eligible = targets.filter((t) => t.kind !== 'direct' || t.subgraph === op.direct);
        const shift = (i + round) % eligible.length;
        for (const t of [...eligible.slice(shift), ...eligible.slice(0, shift)]) {
          // Hive and direct get the signed identity header, signed afresh per step (valid 5 minutes).
          const headers = t.kind === 'ours' ? bearerHeaders(accounts.get(op.account)!) : await identityHeaders(accounts.get(op.account)!, config);
          await step(op, t.name, t.kind, t.url, headers, { dedup: t.dedup, planner: t.planner, round });
          if (op.mutation) await settle(db.url);
        }
      }
    }

    // The unloaded latency (one client) of the operations that have a latency target, through ours.
    for (const op of ordered.filter((x) => x.target?.p99Ms)) {
      await step(op, `${ours.name}, 1 client`, 'single', ours.url, bearerHeaders(accounts.get(op.account)!), { dedup: ours.dedup, connections: 1 });
    }

    // The other engineers' bench files, against our gateway.
    const subBenches: SubBenchResult[] = [];
    if (!o.skipSubBenches) {
      const gw = ours;
      const tokens: Record<string, string> = {};
      const idHeaders: Record<string, string> = {};
      for (const username of ['county-dispatcher', 'county-supervisor', 'county-operator', 'admin', 'town-a-operator', 'village-a-operator', 'village-b-operator', 'grid-a-worker', 'partner-12345']) {
        const acc = accounts.get(username) ?? (await login(gw.url, config, username).catch(() => null));
        if (!acc) continue;
        accounts.set(username, acc);
        tokens[username] = acc.token;
      }
      const unknown = (o.subBenches ?? []).filter((n) => !SUB_BENCHES.some((x) => x.name === n));
      if (unknown.length) throw new Error(`--sub: unknown ${unknown.join(', ')} (known: ${SUB_BENCHES.map((x) => x.name).join(', ')})`);
      for (const sub of SUB_BENCHES.filter((x) => !o.subBenches || o.subBenches.includes(x.name))) {
        for (const [u, acc] of accounts) idHeaders[u] = Object.values(await identityHeaders(acc, config))[0];
        say(`sub-bench ${sub.file}`);
        const r = await runSubBench(ROOT, sub, {
          ...stack.env,
          BENCH_GATEWAY_URL: gw.url, BENCH_GATEWAY_WS_URL: gw.url.replace(/^http/, 'ws'),
          BENCH_TOKEN: tokens['county-dispatcher'] ?? '', BENCH_TOKENS: JSON.stringify(tokens), BENCH_IDENTITY_HEADERS: JSON.stringify(idHeaders),
          BENCH_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(SERVICE_NAMES.map((s) => [s, stack!.subgraphs[s].url]))),
          BENCH_DURATION: String(o.duration), BENCH_QUICK: o.quick ? '1' : '0', BENCH_PLANS_DIR: path.join(ROOT, 'bench', 'plans'),
        }, LOAD_CPU, (o.quick ? 5 : 15) * 60_000);
        say(`  ${sub.name}: ${r.status}${r.note ? ` (${r.note})` : ''}${r.seconds ? ` in ${r.seconds} s` : ''}`);
        if (r.status === 'failed' && r.outputTail) say(r.outputTail.split('\n').map((l) => `    ${l}`).join('\n'));
        subBenches.push(r);
      }
    }

    // The checked-in plans are those of the 1,000,000-case data: smaller runs leave them alone unless asked.
    const explain = o.explain ?? (loadState?.cases ?? 0) >= 1_000_000;
    const plans = explain ? await collectPlans(db.url, path.join(ROOT, 'bench', 'plans'), { fixtures: fixtures!, state: loadState }).catch((err) => {
      notes.push(`EXPLAIN plans not collected: ${(err as Error).message}`);
      return [];
    }) : [];

    const storage: StorageReport | null = loadState ? await measureStorage(db.url, loadState.cases).catch((err) => {
      notes.push(`storage not measured: ${(err as Error).message}`);
      return null;
    }) : null;

    const summary = medianSteps(steps);
    const ratios = computeRatios(summary);
    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      label: o.label,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: { ...machineInfo(), gatewayCpu: HAS_TASKSET ? GATEWAY_CPU : null, loadGeneratorCpu: HAS_TASKSET ? LOAD_CPU : null },
      database: { server: db.server, load: loadState },
      options: { ...o },
      operations: opInfo,
      steps: summary,
      allSteps: steps,
      ratios,
      targets: evaluateTargets(summary, ratios, subBenches, plans, loadState?.cases ?? 0, storage),
      storage,
      subBenches,
      plans,
      notes,
    };
    const written = writeReport(path.join(ROOT, 'bench', 'results'), report);

    console.log(`\n== ${loadState ? `${loadState.cases.toLocaleString('en')} cases, ${loadState.scale} counties` : 'no data'}; ${o.connections} connections, ${o.duration} s per step; gateway on CPU ${GATEWAY_CPU}, load on CPU ${LOAD_CPU} ==\n`);
    console.log(formatSteps(summary.sort((a, b) => ordered.indexOf(operations.find((x) => x.name === a.operation)!) - ordered.indexOf(operations.find((x) => x.name === b.operation)!))));
    console.log('\n== ratios (req/s) ==\n');
    console.log(formatRatios(ratios));
    if (subBenches.length) {
      console.log('\n== sub-benches ==\n');
      for (const s of subBenches) console.log(`${s.name.padEnd(9)} ${s.status}${s.note ? ` — ${s.note}` : ''}${s.result ? `\n  ${JSON.stringify(s.result).slice(0, 1500)}` : ''}`);
    }
    if (storage) {
      console.log('\n== storage ==\n');
      console.log(formatStorage(storage));
    }
    console.log('\n== targets (issue 8) ==\n');
    for (const t of report.targets) console.log(`${t.met === null ? '·' : t.met ? '✓' : '✗'} ${t.name.padEnd(44)} ${t.target.padEnd(18)} ${t.measured}`);
    if (notes.length) console.log(`\nnotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
    console.log(`\nwritten: ${path.relative(ROOT, written.file)} (and ${path.relative(ROOT, written.latest)})`);

    if (o.keep) {
      keepAlive = true;
      const gw = await startOurGateway(stack, o.oursDedup[0]);
      say(`stack kept running: gateway ${gw.url}; subgraphs ${SERVICE_NAMES.map((s) => stack!.subgraphs[s].url).join(' ')}; Ctrl-C to stop`);
    }
  } finally {
    if (!keepAlive) await cleanup();
  }
}

main().catch(async (err) => {
  console.error(`[bench] failed: ${(err as Error).stack ?? err}`);
  await stopAll();
  process.exit(1);
});
