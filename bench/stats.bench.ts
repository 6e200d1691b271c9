/**
 * Supervision statistics at 1,000,000 cases (services/supervision, issue 6).
 *
 *   npx tsx bench/stats.bench.ts [--rows 1000000] [--runs 30] [--events 4000] [--out bench/results/stats.json] [--keep]
 *   (also run by `npm run bench` as a sub-step: see bench/lib/sub-bench.ts)
 *
 * Creates a throwaway database (on DATABASE_URL's server, else an embedded PostgreSQL in a temp
 * directory), runs supervision's migrations, bulk-loads N read-model rows for one county over one
 * year with realistic distributions (INSERT … SELECT FROM generate_series, in chunks of 100,000 so no
 * transaction holds the log's visibility horizon for long), rebuilds the statistics rollup, ANALYZEs,
 * then times the exact statement `stats` runs (StatsStore.statsQuery):
 *   - county, calendar year (whole local days: rollup only)          ← the figure to watch
 *   - the same from the rows only (no rollup), for comparison
 *   - a town year (rollup), a village year (rows), a county period cutting days in two (rollup + rows)
 * and checks that the rollup path and the rows path give identical figures. It also times the
 * consumer applying fresh case events (read model + rollup + deadlines + risk rules per event).
 * Prints p50/p99, writes bench/results/stats.json (or BENCH_RESULT_FILE) and the EXPLAIN (ANALYZE,
 * BUFFERS) of the main statements to bench/plans/stats.txt. The database is dropped at the end.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, migrate } from '@zz/common';
import { appendEvents, type CaseSnapshot } from '@zz/events';
import { scratchDatabase } from './lib/database';
import { createDeps, createSupervisionDataSource, StatsStore, SupervisionRuntime } from '@zz/supervision';

interface Options { rows: number; runs: number; events: number; out: string; keep: boolean }

function parseArgs(argv: string[]): Options {
  const quick = process.env.BENCH_QUICK === '1';
  const o: Options = {
    rows: 1_000_000,
    runs: quick ? 10 : 30,
    events: quick ? 1000 : 4000,
    out: process.env.BENCH_RESULT_FILE ?? path.join(__dirname, 'results', 'stats.json'),
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split('=', 2) : [argv[i], undefined];
    const num = () => {
      const n = Number(inline ?? argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
      return n;
    };
    switch (flag) {
      case '--rows': o.rows = num(); break;
      case '--runs': o.runs = num(); break;
      case '--events': o.events = num(); break;
      case '--out': o.out = path.resolve(String(inline ?? argv[++i])); break;
      case '--keep': o.keep = true; break;
      case '--help': case '-h':
        console.log('npx tsx bench/stats.bench.ts [--rows 1000000] [--runs 30] [--events 4000] [--out FILE] [--keep]');
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  return o;
}

const say = (m: string) => process.stderr.write(`[stats-bench] ${m}\n`);
const COUNTY = '441422';
// 2025 in China Standard Time.
const YEAR_FROM = new Date('2024-12-31T16:00:00Z');
const YEAR_TO = new Date('2025-12-31T16:00:00Z');

/** `CASE WHEN r < p1 THEN v1 …` over cumulative weights: a categorical draw from one random() column. */
function pick(column: string, weights: [string, number][]): string {
  const total = weights.reduce((n, [, w]) => n + w, 0);
  let acc = 0;
  const whens = weights.slice(0, -1).map(([v, w]) => {
    acc += w / total;
    return `WHEN ${column} < ${acc.toFixed(6)} THEN ${v}`;
  });
  return `CASE ${whens.join(' ')} ELSE ${weights[weights.length - 1][0]} END`;
}
const q = (s: string) => `'${s}'`;

/**
 * One chunk of synthetic read-model rows. Distributions: territory like the demo county (10 towns, ~9
 * villages each, ~2–3 grids per village; 45 % of cases at a grid, 30 % village, 17 % town, 8 % county),
 * channels (12345 hotline first), dispute types, statuses (78 % closed …), the 631 split of resolution
 * levels, 25 lead departments (30 % none yet), 4 % overdue, 70 % of settled cases rated (96 % satisfied).
 */
function chunkSql(offset: number, count: number): string {
  const channel = pick('r2', [
    [q('HOTLINE_12345'), 35], [q('WINDOW'), 20], [q('GRID'), 20], [q('ONLINE'), 8], [q('POLICE_110'), 7], [q('PARTNER'), 5], [q('PETITION'), 3], [q('COURT'), 2],
  ]);
  const type = pick('r3', [
    [q('NEIGHBOUR'), 22], [q('MARRIAGE_FAMILY'), 12], [q('PROPERTY_MANAGEMENT'), 12], [q('CONSUMER'), 12], [q('LABOUR_WAGES'), 10], [q('DEBT'), 8],
    [q('LAND'), 7], [q('TRAFFIC_ACCIDENT'), 6], [q('CONSTRUCTION_PAYMENT'), 4], [q('MEDICAL'), 3], [q('OTHER'), 4],
  ]);
  const status = pick('r4', [
    [q('CLOSED'), 78], [q('RESOLVED'), 6], [q('REFERRED'), 3], [q('IN_MEDIATION'), 3], [q('ASSIGNED'), 3], [q('ACCEPTED'), 2], [q('REGISTERED'), 1],
    [q('REJECTED'), 2], [q('WITHDRAWN'), 2],
  ]);
  const level = pick('r5', [[q('GRID'), 25], [q('VILLAGE'), 35], [q('TOWN'), 30], [q('COUNTY'), 10]]);
  const rating = pick('r7', [[q('SATISFIED'), 80], [q('BASICALLY_SATISFIED'), 16], [q('UNSATISFIED'), 4]]);
  return `
    INSERT INTO supervision.case_read (case_id, code, region_id, region_code, channel, type, complexity, status, level, resolved_level,
      lead_department_id, received_at, accepted_at, resolved_at, closed_at, applicant_count, party_keys, overdue, rating, last_event_id)
    SELECT md5('case' || i)::uuid, 'ZZ${COUNTY}-2025-' || lpad(i::text, 7, '0'), md5('region' || region_code)::uuid, region_code,
      channel, type, 'GENERAL', status, 'VILLAGE',
      CASE WHEN resolved OR status = 'IN_MEDIATION' THEN resolved_level END,
      CASE WHEN r6 < 0.3 THEN NULL ELSE md5('dept' || floor(r6 * 1000)::int % 25)::uuid END,
      received_at,
      CASE WHEN status NOT IN ('REGISTERED', 'REJECTED') THEN received_at + interval '1 hour' END,
      CASE WHEN resolved THEN received_at + interval '3 days' END,
      CASE WHEN status = 'CLOSED' THEN received_at + interval '4 days' END,
      1, ARRAY['k:' || (i % 400000)], r8 < 0.04,
      CASE WHEN status IN ('CLOSED', 'RESOLVED') AND r9 < 0.7 THEN rating END,
      i
    FROM (
      SELECT i, status, channel, type, resolved_level, rating, r6, r8, r9, received_at,
        (status = 'RESOLVED' OR (status = 'CLOSED' AND r10 < 0.9)) AS resolved,
        CASE WHEN r1 < 0.08 THEN '${COUNTY}'
             WHEN r1 < 0.25 THEN '${COUNTY}' || (100 + t)
             WHEN r1 < 0.55 THEN '${COUNTY}' || (100 + t) || lpad(v::text, 3, '0')
             ELSE '${COUNTY}' || (100 + t) || lpad(v::text, 3, '0') || lpad(g::text, 3, '0') END AS region_code
      FROM (
        SELECT i, r1, r6, r8, r9, r10, ${channel} AS channel, ${type} AS type, ${status} AS status, ${level} AS resolved_level, ${rating} AS rating,
          floor(r11 * 10)::int AS t, 1 + floor(r12 * 9.5)::int AS v, 1 + floor(r13 * 2.4)::int AS g,
          timestamptz '${YEAR_FROM.toISOString()}' + (r14 * 365 * 86400) * interval '1 second' AS received_at
        FROM (
          SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7,
            random() AS r8, random() AS r9, random() AS r10, random() AS r11, random() AS r12, random() AS r13, random() AS r14
          FROM generate_series(${offset + 1}, ${offset + count}) AS i
        ) a
      ) b
    ) c`;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const r = { runs, p50Ms: +percentile(ms, 50).toFixed(2), p99Ms: +percentile(ms, 99).toFixed(2), minMs: +ms[0].toFixed(2), maxMs: +ms[ms.length - 1].toFixed(2) };
  say(`${label}: p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (${runs} runs)`);
  return r;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const scratch = await scratchDatabase('stats', config);
  const url = scratch.url;
  const benchConfig = { ...config, countSql: false, databaseUrl: url };
  const ds = createSupervisionDataSource(benchConfig, url, { poolSize: 3 });
  const client = new Client({ connectionString: url });
  try {
    await migrate(url, 'supervision', ds);
    await client.connect();
    const version = String((await client.query('SHOW server_version')).rows[0].server_version);
    say(`PostgreSQL ${version}, database ${scratch.name}`);

    // 1. Bulk load.
    const t0 = performance.now();
    await client.query(`SELECT setseed(0.20261122)`);
    const CHUNK = 100_000;
    for (let offset = 0; offset < o.rows; offset += CHUNK) {
      await client.query(chunkSql(offset, Math.min(CHUNK, o.rows - offset)));
      say(`loaded ${Math.min(offset + CHUNK, o.rows).toLocaleString('en')} rows`);
    }
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    const stats = new StatsStore();
    const deps = createDeps(ds, benchConfig);
    await deps.readModel.rebuildRollups(ds);
    const rollupMs = performance.now() - t1;
    await client.query(`VACUUM ANALYZE supervision.case_read`);
    await client.query(`VACUUM ANALYZE supervision.stats_rollup`);
    const rollupRows = Number((await client.query(`SELECT count(*) FROM supervision.stats_rollup`)).rows[0].count);
    const tableMb = Number((await client.query(`SELECT pg_total_relation_size('supervision.case_read') / 1048576.0 AS mb`)).rows[0].mb);
    const rollupMb = Number((await client.query(`SELECT pg_total_relation_size('supervision.stats_rollup') / 1048576.0 AS mb`)).rows[0].mb);
    say(`load ${(loadMs / 1000).toFixed(1)} s, rollup rebuild ${(rollupMs / 1000).toFixed(1)} s (${rollupRows} rollup rows, ${rollupMb.toFixed(1)} MB; case_read ${tableMb.toFixed(0)} MB)`);

    // 2. Correctness at scale: the rollup path equals the rows path.
    const viaRollup = await stats.stats(ds, COUNTY, YEAR_FROM, YEAR_TO);
    const viaRows = await stats.stats(ds, COUNTY, YEAR_FROM, YEAR_TO, { useRollup: false });
    const cutFrom = new Date('2025-03-15T05:17:00Z');
    const cutTo = new Date('2025-11-20T09:03:00Z');
    const cutRollup = await stats.stats(ds, COUNTY, cutFrom, cutTo);
    const cutRows = await stats.stats(ds, COUNTY, cutFrom, cutTo, { useRollup: false });
    const equal = JSON.stringify(viaRollup) === JSON.stringify(viaRows) && JSON.stringify(cutRollup) === JSON.stringify(cutRows);
    if (!equal) throw new Error('the rollup and the rows disagree');
    say(`county 2025: received ${viaRollup.received}, resolution ${viaRollup.resolutionRate}, closure ${viaRollup.closureRate}, 631 ${viaRollup.byLevel.map((l) => l.share).join('/')}`);

    // 3. Timings.
    const [town] = (await client.query(`SELECT region_code FROM supervision.case_read WHERE length(region_code) = 9 LIMIT 1`)).rows;
    const [village] = (await client.query(`SELECT region_code FROM supervision.case_read WHERE length(region_code) = 12 LIMIT 1`)).rows;
    const timings = {
      countyYear: await time('county, year (rollup)', o.runs, () => stats.stats(ds, COUNTY, YEAR_FROM, YEAR_TO)),
      countyYearRowsOnly: await time('county, year (rows only)', Math.max(3, Math.round(o.runs / 6)), () => stats.stats(ds, COUNTY, YEAR_FROM, YEAR_TO, { useRollup: false })),
      countyPeriodCutDays: await time('county, period cutting days (rollup + rows)', o.runs, () => stats.stats(ds, COUNTY, cutFrom, cutTo)),
      townYear: await time('town, year (rollup)', o.runs, () => stats.stats(ds, town.region_code, YEAR_FROM, YEAR_TO)),
      villageYear: await time('village, year (rows)', o.runs, () => stats.stats(ds, village.region_code, YEAR_FROM, YEAR_TO)),
    };

    // 4. Plans.
    const explain = async (title: string, code: string, from: Date, to: Date, useRollup: boolean) => {
      const { sql, params } = stats.statsQuery(code, from, to, { useRollup });
      const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
      return `-- ${title}\n-- region ${code}, [${from.toISOString()}, ${to.toISOString()})\n${plan}\n`;
    };
    const plans = [
      `-- supervision stats at ${o.rows.toLocaleString('en')} read-model rows, PostgreSQL ${version}, ${new Date().toISOString()}\n`,
      await explain('MAIN: county, calendar year — whole local days from supervision.stats_rollup', COUNTY, YEAR_FROM, YEAR_TO, true),
      await explain('county, period cutting days in two — rollup for whole days + case_read for the partial ones', COUNTY, cutFrom, cutTo, true),
      await explain('county, calendar year, rows only (no rollup) — the baseline the rollup replaces', COUNTY, YEAR_FROM, YEAR_TO, false),
      await explain('village, calendar year — case_read through (region_code text_pattern_ops, received_at)', village.region_code, YEAR_FROM, YEAR_TO, true),
    ].join('\n');
    const plansDir = process.env.BENCH_PLANS_DIR ?? path.join(__dirname, 'plans');
    fs.mkdirSync(plansDir, { recursive: true });
    fs.writeFileSync(path.join(plansDir, 'stats.txt'), plans);

    // 5. The consumer: fresh case events applied with everything they trigger (rows, rollup, deadlines, risk rules, letters).
    const cases = Math.ceil(o.events / 2);
    const snapshots: CaseSnapshot[] = Array.from({ length: cases }, (_, i) => {
      const id = crypto.randomUUID();
      return {
        id, code: `ZZ${COUNTY}-2026-B${i}`, title: 'bench', status: 'REGISTERED', fromStatus: null, complexity: null, type: 'NEIGHBOUR', channel: 'WINDOW',
        level: 'VILLAGE', regionId: crypto.randomUUID(), regionCode: `${COUNTY}100001001`, handlingCenterId: null, ladderStep: null, escalationCount: 0,
        receivedAt: new Date().toISOString(), acceptedAt: null, resolvedAt: null, closedAt: null, resolvedLevel: null, leadDepartmentId: null,
        departmentIds: [], mediatorId: null, applicantCount: 1, partyCount: 2, partyKeys: [`k:${i % 50_000}`], amountInDispute: null, reopenCount: 0,
      };
    });
    for (let i = 0; i < snapshots.length; i += 500) {
      await ds.transaction(async (m) => {
        const batch = snapshots.slice(i, i + 500);
        const ev = (kind: 'CASE_RECEIVED' | 'CASE_ACCEPTED', s: CaseSnapshot) => ({ kind, source: 'cases', regionId: s.regionId, regionCode: s.regionCode, caseId: s.id, data: { case: s } });
        await appendEvents(m, batch.map((s) => ev('CASE_RECEIVED', s)));
        await appendEvents(m, batch.map((s) => ev('CASE_ACCEPTED', { ...s, status: 'ACCEPTED', complexity: 'GENERAL', acceptedAt: new Date().toISOString() })));
      });
    }
    const runtime = new SupervisionRuntime(deps);
    const t2 = performance.now();
    let consumed = 0;
    const until = Date.now() + 120_000;
    while (consumed < cases * 2 && Date.now() < until) consumed += (await runtime.drain()).consumed;
    const consumerMs = performance.now() - t2;
    const consumer = { events: consumed, ms: +consumerMs.toFixed(0), eventsPerSecond: Math.round(consumed / (consumerMs / 1000)) };
    say(`consumer: ${consumed} events in ${(consumerMs / 1000).toFixed(1)} s (${consumer.eventsPerSecond} events/s)`);

    const result = {
      bench: 'stats',
      postgres: version,
      rows: o.rows,
      loadMs: +loadMs.toFixed(0),
      rollup: { rebuildMs: +rollupMs.toFixed(0), rows: rollupRows, mb: +rollupMb.toFixed(1) },
      caseReadMb: +tableMb.toFixed(0),
      countyYear: { received: viaRollup.received, resolutionRate: viaRollup.resolutionRate, closureRate: viaRollup.closureRate, byLevel: viaRollup.byLevel },
      rollupEqualsRows: equal,
      timings,
      p50Ms: timings.countyYear.p50Ms,
      p99Ms: timings.countyYear.p99Ms,
      consumer,
      plans: path.join(plansDir, 'stats.txt'),
      at: new Date().toISOString(),
    };
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(o.out, JSON.stringify(result, null, 2) + '\n');
    if (!process.env.BENCH_RESULT_FILE) fs.writeFileSync(path.join(__dirname, 'results', 'stats.json'), JSON.stringify(result, null, 2) + '\n');
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await client.end().catch(() => undefined);
    if (ds.isInitialized) await ds.destroy();
    await scratch.close({ keep: o.keep, say: say });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
