/**
 * EXPLAIN (ANALYZE, BUFFERS) of the case-list and search queries against the loaded bench database,
 * written to bench/plans/<name>.txt with their timings. The SQL is not copied here: it is captured
 * from the cases subgraph's own CaseStore (list + count, exactly as the `cases` resolver issues them)
 * by running the store against a recording connection, so the plans follow the service's code.
 * The stats plans are written by bench/stats.bench.ts (supervision) to bench/plans/stats.txt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { CaseStore, DUPLICATE_WINDOW_DAYS, type CaseListQuery } from '@zz/cases';
import { DEMO_COUNTY_CODE, generateWorld } from '@zz/demo-world';
import type { LoadState } from '@zz/platform/scale-seed';
import type { BenchFixtures } from './fixtures';

export interface PlanResult { name: string; file: string; executionMs: number | null; planningMs: number | null }

interface Captured { sql: string; params: unknown[] }

/** Runs `work` on a CaseStore whose queries are recorded (and answered with no rows). */
async function capture(work: (store: CaseStore) => Promise<unknown>): Promise<Captured[]> {
  const seen: Captured[] = [];
  const recorder = { query: async (sql: string, params: unknown[] = []) => { seen.push({ sql, params }); return [{ n: 0 }]; } };
  await work(new CaseStore(recorder as unknown as DataSource));
  return seen;
}

export async function collectPlans(url: string, dir: string, ctx: { fixtures: BenchFixtures; state: LoadState | null }): Promise<PlanResult[]> {
  const world = generateWorld({ scale: 1 });
  const town = world.regions.find((r) => r.level === 'TOWN' && r.code.startsWith(DEMO_COUNTY_CODE))!;
  const now = ctx.fixtures.now;
  const base: CaseListQuery = { regionPrefix: DEMO_COUNTY_CODE, now, limit: 50 };
  const cases: { name: string; what: string; query: CaseListQuery }[] = [
    { name: 'case-list-county', what: "dispatcher's first page: the county, newest first, 50", query: base },
    { name: 'case-list-town-status', what: 'a town, status IN_MEDIATION/ASSIGNED, 50', query: { ...base, regionPrefix: town.code, status: ['IN_MEDIATION', 'ASSIGNED'] } },
    { name: 'case-list-overdue', what: 'the county, overdue only, 50', query: { ...base, overdue: true } },
    { name: 'case-search-text', what: 'search 拖欠工资 (title/description/code/party name, trigram indexes)', query: { ...base, search: '拖欠工资' } },
    { name: 'case-search-party', what: 'search a party name (张伟)', query: { ...base, search: '张伟' } },
  ];
  // Intake's duplicate check (one per intakeCase), with the first bench intake input's parties.
  const input = ctx.fixtures.intakeInputs[0] as { parties: { role: string; name: string; phone: string | null; idNumber: string | null }[]; regionId: string; type: string };
  const applicants = input.parties.filter((p) => p.role === 'APPLICANT');
  const intakeRegion = world.regions.find((r) => r.id === input.regionId);
  const duplicateFacts = {
    at: now, windowDays: DUPLICATE_WINDOW_DAYS, regionCode: intakeRegion?.code ?? DEMO_COUNTY_CODE, type: input.type,
    phones: applicants.filter((p) => p.phone).map((p) => p.phone!.replace(/\s+/g, '').replace(/-/g, '')),
    idNumbers: applicants.filter((p) => p.idNumber).map((p) => p.idNumber!.trim().toUpperCase()),
    respondentNames: input.parties.filter((p) => p.role === 'RESPONDENT').map((p) => p.name.replace(/\s+/g, '').toLowerCase()),
  };
  fs.mkdirSync(dir, { recursive: true });
  const client = new Client({ connectionString: url });
  await client.connect();
  const out: PlanResult[] = [];
  try {
    const { rows: sizeRows } = await client.query(`SELECT (SELECT count(*) FROM cases."case")::int AS cases, (SELECT count(*) FROM cases."case" WHERE region_code LIKE $1)::int AS county`, [DEMO_COUNTY_CODE + '%']);
    const version = (await client.query(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    const plans: { name: string; what: string; run: (store: CaseStore) => Promise<unknown>; labels: string[] }[] = [
      ...cases.map((c) => ({ name: c.name, what: c.what, labels: ['the page', 'totalCount'], run: async (store: CaseStore) => { await store.list(c.query); await store.count(c.query); } })),
      { name: 'intake-duplicates', what: `intake's duplicate check (30-day window, applicant phones / ID numbers, respondent names)`, labels: ['duplicate candidates'],
        run: (store: CaseStore) => store.duplicates.candidates(duplicateFacts) },
    ];
    for (const c of plans) {
      const statements = await capture(c.run);
      const sections: string[] = [];
      let execution = 0;
      let planning = 0;
      for (const [i, st] of statements.entries()) {
        await client.query(st.sql, st.params); // warm the cache: the plan shows the steady state
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
        const text = rows.map((r) => r['QUERY PLAN']).join('\n');
        execution += Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? 0);
        planning += Number(/Planning Time: ([\d.]+) ms/.exec(text)?.[1] ?? 0);
        sections.push(`-- statement ${i + 1} of ${statements.length} (${c.labels[i] ?? ''})\n-- ${st.sql.replace(/\s+/g, ' ').trim()}\n-- params: ${JSON.stringify(st.params)}\n${text}`);
      }
      const file = path.join(dir, `${c.name}.txt`);
      fs.writeFileSync(file, [
        `# ${c.name}: ${c.what}`,
        `# ${sizeRows[0].cases.toLocaleString('en')} cases loaded (${sizeRows[0].county.toLocaleString('en')} in county ${DEMO_COUNTY_CODE}); PostgreSQL ${version}; ${new Date().toISOString()}`,
        `# SQL captured from services/cases CaseStore (${c.labels.join(' + ')}); EXPLAIN (ANALYZE, BUFFERS), after one unmeasured run (warm cache)`,
        `# total: execution ${execution.toFixed(2)} ms, planning ${planning.toFixed(2)} ms`,
        '',
        sections.join('\n\n'),
        '',
      ].join('\n'));
      out.push({ name: c.name, file: path.relative(path.resolve(dir, '..', '..'), file), executionMs: Math.round(execution * 100) / 100, planningMs: Math.round(planning * 100) / 100 });
    }
  } finally {
    await client.end();
  }
  return out;
}
