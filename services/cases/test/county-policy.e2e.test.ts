/**
 * 时限与阶梯配置, versioned, through the gateway with a controlled clock: the county ADMIN of 大埔县 gives
 * the grid step 2 working days (was 1), the village committee 3 (was 2) and GENERAL cases 7 working
 * days (were 5 calendar days). A case registered before keeps version 0's deadlines — in Case.deadlineAt,
 * its ladder step and Case.supervision — while a case registered after runs on version 1, also after
 * both escalate. Bad input names the field and writes nothing; another county, or a non-ADMIN, is FORBIDDEN.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '@zz/supervision';

const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const villageA = world.regions.find((r) => r.parentId === townA.id)!;
const gridA = world.regions.find((r) => r.parentId === villageA.id)!;
const villageMediators = world.mediators.filter((m) => m.kind === 'MEDIATOR' && m.available).map((m) => m.id);
const COUNTY = townA.code.slice(0, 6);

/** Mon 2 March 2026 00:00 CST, plus days and (fractional) hours. */
const cst = (day: number, hour: number) => new Date(Date.UTC(2026, 2, 2 + day) + (hour - 8) * 3600_000);
const iso = (d: Date) => d.toISOString();
let now = cst(0, 9);
let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ clock: () => new Date(now.getTime()) });
});
afterAll(() => p?.stop());

const gql = async (user: string, query: string, variables: Record<string, unknown> = {}) => p.gql(query, variables, await p.login(user));
async function ok<T = any>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql(user, query, variables);
  if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

const UPDATE = `mutation($input: UpdateCountyPolicyInput!) { updateCountyPolicy(input: $input) { version label reason changedAt changedBy { id }
  ladder { name totalDays steps { key days } } deadlinePolicy { days { GENERAL } workingDays } } }`;
const steps = (grid: number, village: number) => [
  { key: 'GRID', name: '网格员', level: 'GRID', centerLevel: 'VILLAGE', days: grid },
  { key: 'VILLAGE_COMMITTEE', name: '村调委', centerLevel: 'VILLAGE', days: village },
  { key: 'TOWN_CENTER', name: '镇综治中心（司法所）', centerLevel: 'TOWN', days: 2 },
  { key: 'TOWN_GOVERNMENT', name: '镇党委政府', centerLevel: 'TOWN', days: 2 },
  { key: 'COUNTY_CENTER', name: '县综治中心', centerLevel: 'COUNTY', days: null },
];
const newRules = (countyCode: string, village = 3) => ({
  countyCode, reason: '网格员、村调委时限偏紧，经县综治中心研究延长', expectedVersion: 0,
  ladder: { name: '四级九天', steps: steps(2, village) },
  deadlinePolicy: { days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 15, DIFFICULT: 20 }, workingDays: true, warningShare: 0.8 },
  // Tue 3 March a (made-up) county holiday: only version 1's cases count it, in both subgraphs.
  calendar: { holidays: ['2026-03-03', '2026-04-05', '2026-05-01'], extraWorkdays: ['2026-04-26'] },
});

const CASE = `query($id: ID!) { case(id: $id) { policyVersion deadlineAt ladderStep { key days }
  supervision { deadlineAt stepDeadlineAt overallDeadlineAt ladderStepKey } } }`;
const runtime = () => (p.services.supervision as SupervisionServer).runtime;

/** Waits until supervision's read model has applied the case's latest event. */
async function caught(caseId: string) {
  for (let i = 0; i < 200; i++) {
    const [r] = await p.sql(`SELECT (SELECT max(id) FROM events.dispatch_event WHERE case_id = $1 AND source = 'cases')::text AS last,
      (SELECT last_event_id FROM supervision.case_read WHERE case_id = $1)::text AS applied`, [caseId]);
    if (r.last === r.applied) return;
    await runtime().drain();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('supervision did not catch up');
}

async function show(caseId: string) {
  await caught(caseId);
  return (await ok('county-supervisor', CASE, { id: caseId })).case;
}

/** A grid worker's report at `hour` on Monday, accepted by the village half an hour later (GENERAL). */
async function report(hour: number, suffix: string): Promise<string> {
  now = cst(0, hour);
  const { intakeCase } = await ok('grid-a-worker', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, {
    input: {
      title: `邻里排水沟堵塞纠纷${suffix}`, channel: 'GRID', type: 'NEIGHBOUR', regionId: gridA.id,
      description: '两户村民因排水沟堵塞互相指责，网格员上门初调。',
      parties: [{ name: '曾某', role: 'APPLICANT' }, { name: '罗某', role: 'RESPONDENT' }],
    },
  });
  now = cst(0, hour + 0.5);
  await ok('village-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: intakeCase.id });
  return intakeCase.id;
}

/** A failed round at the grid step, then up to the village committee (Tue 08:30). */
async function escalate(caseId: string, mediatorId: string) {
  await ok('village-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId, mediatorId } });
  await ok('village-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId });
  await ok('village-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
    { input: { caseId, outcome: 'FAILED', note: '双方各执一词' } });
  now = cst(1, 8.5);
  await ok('village-a-operator', `mutation($id: ID!, $r: String!) { escalateCase(id: $id, reason: $r) { id } }`, { id: caseId, r: '网格初调未果，提交村调委' });
}

const versionsStored = async () => Number((await p.sql(`SELECT count(*)::int AS n FROM cases.county_policy_version`))[0].n);
const policyEvents = async () => Number((await p.sql(`SELECT count(*)::int AS n FROM events.dispatch_event WHERE kind = 'COUNTY_POLICY_CHANGED'`))[0].n);

it('a case keeps the policy version it was registered under; new cases take the new one', async () => {
  const start = await ok('admin', `query($c: String!) { countyPolicy(countyCode: $c) { version label ladder { name totalDays } } }`, { c: COUNTY });
  expect(start.countyPolicy).toEqual({ version: 0, label: '启动配置', ladder: { name: '四级七天', totalDays: 7 } });

  const before = await report(9, '甲');
  now = cst(0, 10);
  const { updateCountyPolicy: v1 } = await ok('admin', UPDATE, { input: newRules(COUNTY) });
  expect(v1).toMatchObject({
    version: 1, label: '第 1 版', reason: '网格员、村调委时限偏紧，经县综治中心研究延长', changedAt: iso(cst(0, 10)),
    ladder: { name: '四级九天', totalDays: 9, steps: [{ key: 'GRID', days: 2 }, { key: 'VILLAGE_COMMITTEE', days: 3 }, {}, {}, { days: null }] },
    deadlinePolicy: { days: { GENERAL: 7 }, workingDays: true },
  });
  expect(v1.changedBy.id).toBeTruthy();
  // The ladder the county's new cases get, as every account of the county reads it.
  expect((await ok('grid-a-worker', `{ escalationLadder { name totalDays } }`)).escalationLadder).toEqual({ name: '四级九天', totalDays: 9 });
  const after = await report(11, '乙');

  // Registered under version 0: GENERAL 5 calendar days, grid step 1 working day, ladder 1+2+2+2.
  expect(await show(before)).toEqual({
    policyVersion: 0, deadlineAt: iso(cst(5, 9.5)), ladderStep: { key: 'GRID', days: 1 },
    supervision: { deadlineAt: iso(cst(1, 9)), stepDeadlineAt: iso(cst(1, 9)), overallDeadlineAt: iso(cst(9, 9)), ladderStepKey: 'GRID' },
  });
  // Registered under version 1: GENERAL 7 working days, grid step 2, ladder 2+3+2+2, Tue 3 March off.
  expect(await show(after)).toEqual({
    policyVersion: 1, deadlineAt: iso(cst(10, 11.5)), ladderStep: { key: 'GRID', days: 2 },
    supervision: { deadlineAt: iso(cst(3, 11)), stepDeadlineAt: iso(cst(3, 11)), overallDeadlineAt: iso(cst(14, 11)), ladderStepKey: 'GRID' },
  });

  // Up to the village committee on Tue 08:30: 2 working days under version 0, 3 under version 1.
  await escalate(before, villageMediators[0]);
  await escalate(after, villageMediators[1]);
  expect(await show(before)).toMatchObject({
    policyVersion: 0, ladderStep: { key: 'VILLAGE_COMMITTEE', days: 2 },
    supervision: { stepDeadlineAt: iso(cst(3, 8.5)), overallDeadlineAt: iso(cst(9, 8.5)), ladderStepKey: 'VILLAGE_COMMITTEE' },
  });
  expect(await show(after)).toMatchObject({
    policyVersion: 1, ladderStep: { key: 'VILLAGE_COMMITTEE', days: 3 },
    supervision: { stepDeadlineAt: iso(cst(4, 8.5)), overallDeadlineAt: iso(cst(10, 8.5)), ladderStepKey: 'VILLAGE_COMMITTEE' },
  });

  // Supervision keeps its own copy of the version (from COUNTY_POLICY_CHANGED), never reading cases' tables.
  expect(await p.sql(`SELECT county_code, version, rules->'deadlinePolicy'->'days'->>'GENERAL' AS general FROM supervision.county_policy_version`))
    .toEqual([{ county_code: COUNTY, version: 1, general: '7' }]);

  const history = await ok('county-supervisor', `query($c: String!) { countyPolicyVersions(countyCode: $c) { version label reason } }`, { c: COUNTY });
  expect(history.countyPolicyVersions).toEqual([
    { version: 1, label: '第 1 版', reason: '网格员、村调委时限偏紧，经县综治中心研究延长' }, { version: 0, label: '启动配置', reason: null },
  ]);
});

it('bad input names the field and changes nothing; a stale version is CONFLICT', async () => {
  const stored = await versionsStored(), events = await policyEvents();
  const bad = await gql('admin', UPDATE, { input: { ...newRules(COUNTY, 0), expectedVersion: 1 } });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ladder.steps.1.days' });
  const badDay = await gql('admin', UPDATE, { input: { ...newRules(COUNTY), expectedVersion: 1, calendar: { holidays: ['2026-5-1'], extraWorkdays: [] } } });
  expect(badDay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.calendar.holidays' });
  const stale = await gql('admin', UPDATE, { input: newRules(COUNTY) });
  expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(await versionsStored()).toBe(stored);
  expect(await policyEvents()).toBe(events);
});

it('another county, or a role other than ADMIN, is FORBIDDEN; others read only their own county', async () => {
  const stored = await versionsStored();
  const other = await gql('admin', UPDATE, { input: newRules('441423') });
  expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.countyCode' });
  const leader = await gql('county-supervisor', UPDATE, { input: { ...newRules(COUNTY), expectedVersion: 1 } });
  expect(leader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await versionsStored()).toBe(stored);

  const own = await ok('grid-a-worker', `query($c: String!) { countyPolicy(countyCode: $c) { version } }`, { c: COUNTY });
  expect(own.countyPolicy).toEqual({ version: 1 });
  const neighbour = await ok('grid-a-worker', `query($a: String!, $b: String!) { a: countyPolicy(countyCode: $a) { version } b: countyPolicyVersions(countyCode: $b) { version } }`,
    { a: '441423', b: '441423' });
  expect(neighbour).toEqual({ a: null, b: [] });
});
