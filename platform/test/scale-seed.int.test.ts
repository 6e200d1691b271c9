/**
 * The scale seeder (`npm run seed -- --scale N`, issue 8) on a real, empty PostgreSQL database, at a
 * size a test can afford: what it loads must be what the services would have written — every status,
 * a ledger entry per version, unique codes, deadlines by the shared rule, a supervision read model and
 * rollup that agree with the cases — and a second call with the same size must not load again.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';
import { deadlineFor, withDatabase, type Complexity } from '@zz/common';
import { testConfig } from '../src/testing';
import { seedAtScale } from '../src/scale-seed';
import { createSupervisionDataSource, StatsStore } from '@zz/supervision';

jest.setTimeout(240_000);

const CASES = 2_000;
const NOW = new Date('2026-11-20T04:00:00Z');
let adminUrl: string;
let name: string;
let url: string;
let db: Client;

beforeAll(async () => {
  adminUrl = process.env.ZZ_TEST_ADMIN_URL!;
  if (!adminUrl) throw new Error('integration tests need the jest globalSetup (run them with `npm test`)');
  name = `zz_t_${process.env.ZZ_TEST_RUN_ID}_scale_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url = withDatabase(adminUrl, name);
  const first = await seedAtScale({ config: testConfig(url), scale: 1, cases: CASES, now: NOW, batchSize: 700 });
  expect(first.loaded).toBe(true);
  // Every module loaded every table: a table the loader can no longer fill (a new required column) fails here, not in the bench.
  const skipped = Object.fromEntries(Object.entries(first.state!.details as Record<string, { skipped?: Record<string, string> }>)
    .map(([m, d]) => [m, d.skipped ?? {}]).filter(([, s]) => Object.keys(s).length));
  expect(skipped).toEqual({});
  db = new Client({ connectionString: url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)).rows as T[];
const one = async (sql: string, params: unknown[] = []): Promise<number> => Number(Object.values((await rows(sql, params))[0])[0]);

it('loads the cases across every status and channel, with unique codes inside the two years before now', async () => {
  expect(await one(`SELECT count(*) FROM cases."case"`)).toBe(CASES);
  expect(await one(`SELECT count(DISTINCT code) FROM cases."case"`)).toBe(CASES);
  const statuses = (await rows<{ status: string }>(`SELECT DISTINCT status FROM cases."case"`)).map((r) => r.status).sort();
  expect(statuses).toEqual(expect.arrayContaining(['ACCEPTED', 'ASSIGNED', 'CLOSED', 'IN_MEDIATION', 'REGISTERED', 'RESOLVED']));
  expect(await one(`SELECT count(DISTINCT channel) FROM cases."case"`)).toBeGreaterThanOrEqual(6);
  expect(await one(`SELECT count(DISTINCT type) FROM cases."case"`)).toBeGreaterThanOrEqual(8);
  expect(await one(`SELECT count(*) FROM cases."case" WHERE received_at > $1 OR received_at < $1::timestamptz - interval '731 days'`, [NOW])).toBe(0);
  // Every case has its applicant(s) and a code of its county and intake day.
  expect(await one(`SELECT count(*) FROM cases."case" c WHERE NOT EXISTS (SELECT 1 FROM cases.party p WHERE p.case_id = c.id AND p.role = 'APPLICANT')`)).toBe(0);
  expect(await one(`SELECT count(*) FROM cases."case" WHERE code !~ '^441422-[0-9]{8}-[0-9]{6}$'`)).toBe(0);
});

it('writes one ledger entry per version and an open step visit for each case still on the ladder', async () => {
  expect(await one(`SELECT count(*) FROM cases."case" c WHERE c.version <> (SELECT count(*) FROM cases.case_event e WHERE e.case_id = c.id)`)).toBe(0);
  expect(await one(`SELECT count(*) FROM cases."case" c WHERE c.status NOT IN ('RESOLVED', 'REFERRED', 'CLOSED', 'REJECTED', 'WITHDRAWN')
                      AND NOT EXISTS (SELECT 1 FROM cases.step_visit v WHERE v.case_id = c.id AND v.left_at IS NULL)`)).toBe(0);
});

it('sets deadlines by the shared rule (deadlineFor) from acceptance', async () => {
  const sample = await rows<{ complexity: Complexity; accepted_at: Date; deadline_at: Date }>(
    `SELECT complexity, accepted_at, deadline_at FROM cases."case" WHERE accepted_at IS NOT NULL ORDER BY code LIMIT 200`);
  expect(sample.length).toBeGreaterThan(100);
  for (const c of sample) expect(c.deadline_at.toISOString()).toBe(deadlineFor(c.complexity, c.accepted_at).toISOString());
});

it('builds supervision read model and rollup that agree with the cases', async () => {
  expect(await one(`SELECT count(*) FROM supervision.case_read`)).toBe(CASES);
  expect(await one(`SELECT count(*) FROM cases."case" c JOIN supervision.case_read r ON r.case_id = c.id WHERE r.status <> c.status`)).toBe(0);
  const ds = createSupervisionDataSource(testConfig(url), url);
  await ds.initialize();
  try {
    const repo = new StatsStore();
    const from = new Date(NOW.getTime() - 730 * 86_400_000);
    const viaRollup = await repo.stats(ds, '441422', from, NOW);
    const viaRows = await repo.stats(ds, '441422', from, NOW, { useRollup: false });
    expect(viaRollup.received).toBeGreaterThan(0);
    expect(viaRollup).toEqual(viaRows);
  } finally {
    await ds.destroy();
  }
});

it('does not load again when the database already holds that load', async () => {
  const again = await seedAtScale({ config: testConfig(url), scale: 1, cases: CASES, now: NOW });
  expect(again.loaded).toBe(false);
  expect(await one(`SELECT count(*) FROM cases."case"`)).toBe(CASES);
});
