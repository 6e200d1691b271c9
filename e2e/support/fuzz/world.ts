/**
 * The fuzzer's view of the test database: real ids by GraphQL type (found generically: every table
 * of a service schema with an `id` column, named after its table, placed by its `region_code`), and
 * a few fixtures made through the gateway first — cases in every state in several towns, a
 * consultation, a report, a patrol task, an appointment, accounts to disable — so valid-looking
 * inputs find something to act on, inside and outside a caller's jurisdiction.
 */
import type { TestPlatform } from '@zz/platform/testing';
import type { Entity, FuzzWorld } from './arbitraries';

/** Table names that differ from their GraphQL type. */
const TYPE_OF_TABLE: Record<string, string> = { app_user: 'User', letter: 'SupervisionLetter', case_read: '' };
const pascal = (t: string) => t.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

export async function loadPools(p: TestPlatform, protectedUserIds: string[]): Promise<Map<string, Entity[]>> {
  const cols = await p.sql<{ s: string; t: string; cols: string[] }>(
    `SELECT table_schema AS s, table_name AS t, array_agg(column_name::text) AS cols FROM information_schema.columns
      WHERE table_schema IN ('cases','personnel','grid','supervision') GROUP BY 1, 2`);
  const pools = new Map<string, Entity[]>();
  for (const { s, t, cols: c } of cols) {
    if (!c.includes('id')) continue;
    const type = TYPE_OF_TABLE[t] ?? pascal(t);
    if (!type) continue;
    const code = c.includes('region_code') ? 'x.region_code' : t === 'region' ? 'x.code'
      : c.includes('case_id') ? `(SELECT region_code FROM cases."case" k WHERE k.id = x.case_id)` : 'NULL';
    const rows = await p.sql<Entity>(`SELECT x.id::text AS id, ${code} AS code FROM "${s}"."${t}" x ORDER BY x.id LIMIT 400`);
    // Callers' own accounts stay out: a fuzzed disableUser or resetPassword must not lock the test out.
    pools.set(type, rows.filter((r) => !protectedUserIds.includes(r.id)));
  }
  return pools;
}

export async function loadPoints(p: TestPlatform): Promise<FuzzWorld['points']> {
  return p.sql(`SELECT (center(bbox))[1]::float8 AS lat, (center(bbox))[0]::float8 AS lng, region_code AS code FROM grid.grid ORDER BY region_code LIMIT 60`);
}

/**
 * Resident reports in grid A and grid B, `n` each. The test adds a few before every mutation: reports
 * are used up (settled or converted) by whichever mutation is fuzzed first.
 */
export async function addReports(p: TestPlatform, R: Pick<FixtureRegions, 'gridA' | 'gridB'>, n: number): Promise<void> {
  const run = runner(p);
  const [pa, pb] = await p.sql<{ lat: number; lng: number; code: string }>(
    `SELECT (center(bbox))[1]::float8 AS lat, (center(bbox))[0]::float8 AS lng, region_code AS code FROM grid.grid WHERE id = ANY($1::uuid[]) ORDER BY id = $2 DESC`, [[R.gridA, R.gridB], R.gridA]);
  for (const [user, pt] of [['grid-a-worker', pa], ['county-operator', pb]] as const) {
    for (let i = 0; i < n; i++) {
      await run(user, `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }`,
        { input: { lat: pt.lat, lng: pt.lng, category: '排水堵塞', description: `排水沟堵塞，雨天积水（${i}）`, reporterName: '村民', reporterPhone: '13900001111' } });
    }
  }
}

type Run = (user: string, query: string, variables: Record<string, unknown>) => Promise<Record<string, any>>;

/** Runs an operation that must succeed (fixtures), with the errors in the exception. */
export function runner(p: TestPlatform): Run {
  return async (user, query, variables) => {
    const r = await p.gql(query, variables, await p.login(user));
    if (r.errors?.length || !r.data) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
}

const STATES = ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION', 'RESOLVED'] as const;

export interface FixtureRegions { county: string; townA: string; townB: string; villageA: string; villageB: string; gridA: string; gridB: string }

/** Cases in each state (two of each in every region), plus one entity of every other kind the fuzz can act on. */
export async function makeFixtures(p: TestPlatform, R: FixtureRegions): Promise<void> {
  const run = runner(p);
  const [mediator] = await p.sql<{ id: string }>(`SELECT id FROM personnel.mediator WHERE kind = 'MEDIATOR' AND available AND NOT gold_team ORDER BY id LIMIT 1`);
  const [gold] = await p.sql<{ id: string }>(`SELECT id FROM personnel.mediator WHERE gold_team AND available ORDER BY id LIMIT 1`);
  const departments = (await p.sql<{ id: string }>(`SELECT id FROM personnel.department ORDER BY id LIMIT 3`)).map((d) => d.id);
  // A 1+5+N consultation convenes the five political-legal kinds, plus the case's departments.
  const five = (await p.sql<{ id: string }>(`SELECT DISTINCT ON (kind) id FROM personnel.department
    WHERE kind IN ('COURT','PROCURATORATE','POLICE','JUSTICE','PETITION') ORDER BY kind, id`)).map((d) => d.id);
  const fivePlusN = [...new Set([...five, ...departments])];
  let n = 0;
  for (const region of [R.county, R.townA, R.townB, R.villageA, R.villageB]) {
    for (const state of STATES) {
      for (let copy = 0; copy < 2; copy++) {
        n++;
        const { intakeCase: c } = await run('county-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
          title: `模糊测试案件 ${n}`, description: '用于模糊测试的邻里纠纷，双方对排水沟归属有争议。', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: region,
          parties: [{ name: '测试申请人', role: 'APPLICANT', phone: `1390000${String(n).padStart(4, '0')}` }, { name: '测试被申请人', role: 'RESPONDENT' }],
        } });
        const step = STATES.indexOf(state);
        if (step >= 1) await run('county-dispatcher', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: c.id });
        if (step >= 2) await run('county-dispatcher', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
          { input: { caseId: c.id, mediatorId: mediator.id, leadDepartmentId: departments[0], departmentIds: departments.slice(1) } });
        if (step === 2 && copy === 0) await run('county-dispatcher', `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }`,
          { input: { caseId: c.id, departmentIds: fivePlusN, topic: '责任分工会商' } });
        if (step >= 3) await run('county-dispatcher', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c.id });
        if (step >= 4) await run('county-dispatcher', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
          { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '双方达成调解协议，共同清理排水沟。' } });
      }
    }
  }
  await addReports(p, R, 3);
  const due = new Date(Date.now() + 3 * 86_400_000).toISOString();
  for (const gridId of [R.gridA, R.gridA, R.gridB, R.gridB]) {
    await run('county-dispatcher', `mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }`, { input: { gridId, title: '雨季排水巡查', dueAt: due } });
  }
  for (const [gridId, name] of [[R.gridA, '测试重点人员甲'], [R.gridB, '测试重点人员乙']]) {
    await run('county-supervisor', `mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }`, { input: { gridId, name, category: 'KEY_PETITIONER', plan: '每月走访一次' } });
  }
  // Three working days from ten days on (the studio is closed at weekends: a weekend day would be refused).
  const days: Date[] = [];
  for (let d = 10; days.length < 3; d++) {
    const start = new Date(Date.now() + d * 86_400_000);
    start.setUTCHours(2, 0, 0, 0); // 10:00 Beijing time, the same calendar day in both zones
    if (start.getUTCDay() !== 0 && start.getUTCDay() !== 6) days.push(start);
  }
  for (const start of days) {
    await run('county-operator', `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`, { input: {
      mediatorId: gold.id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString(), contactName: '预约人', contactPhone: '13900002222',
    } });
  }
  for (const [username, regionId] of [['fz-victim-county', R.county], ['fz-victim-a', R.townA], ['fz-victim-b', R.townB]]) {
    await run('admin', `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, displayName: '测试账号', password: 'Fuzz-pass-2026', roles: ['OPERATOR'], regionId } });
  }
}
