/**
 * The seed's land dispute up the 四级七天 ladder, through the gateway with a controlled clock (cases and
 * supervision share it; the scheduler is ticked by hand): handled by the book — grid worker, village
 * committee, town center, town government, 1+2+2+2 working days — it is never overdue and draws no
 * 督办函, although it outlives GENERAL's 5 calendar days; one that stalls at the village committee is
 * overdue when that step's 2 working days run out, and its 督办函 names the step.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '../src/server';

const world = generateWorld();
const regionsOf = (level: string) => world.regions.filter((r) => r.level === level);
const childrenOf = (id: string) => world.regions.filter((r) => r.parentId === id);
const townA = regionsOf('TOWN')[0];
const villageA = childrenOf(townA.id)[0];
const gridA = childrenOf(villageA.id)[0];
const villageMediators = world.mediators.filter((m) => m.kind === 'MEDIATOR' && m.available).map((m) => m.id);
const townMediator = world.mediators.find((m) => m.regionCode === townA.code && m.kind === 'MEDIATOR')!.id;

/** Mon 2 March 2026 00:00 CST, plus days and (fractional) hours, as an instant. */
const cst = (day: number, hour: number) => new Date(Date.UTC(2026, 2, 2 + day) + (hour - 8) * 3600_000);
let now = cst(0, 9);
let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ clock: () => new Date(now.getTime()) });
});
afterAll(() => p?.stop());

const SUPERVISION = `supervision { state overdue deadlineAt stepDeadlineAt overallDeadlineAt ladderStepKey ladderStepName
  letters { kind number note stepKey stepName } }`;
type Supervision = {
  state: string; overdue: boolean; deadlineAt: string; stepDeadlineAt: string | null; overallDeadlineAt: string; ladderStepKey: string | null;
  ladderStepName: string | null; letters: { kind: string; number: string; note: string; stepKey: string | null; stepName: string | null }[];
};

async function ok<T = any>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await p.gql<T>(query, variables, await p.login(user));
  if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

const runtime = () => (p.services.supervision as SupervisionServer).runtime;
let lastCase: string | null = null;

/**
 * Moves the shared clock and lets the scheduler run at that instant, once the read model has the
 * latest case event (the consumer only reads events below every open transaction, so it may lag a moment).
 */
async function at(when: Date) {
  for (let i = 0; i < 200 && lastCase; i++) {
    const [r] = await p.sql(`SELECT (SELECT max(id) FROM events.dispatch_event WHERE case_id = $1 AND source = 'cases')::text AS last,
      (SELECT last_event_id FROM supervision.case_read WHERE case_id = $1)::text AS applied`, [lastCase]);
    if (r.last === r.applied) break;
    await runtime().drain();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  now = when;
  await runtime().tick(when);
}

async function supervision(caseId: string): Promise<Supervision> {
  return (await ok<{ case: { supervision: Supervision } }>('county-supervisor', `query($id: ID!) { case(id: $id) { id ${SUPERVISION} } }`, { id: caseId })).case.supervision;
}

const change = (user: string, mutation: string, variables: Record<string, unknown>) => ok(user, mutation, variables);
const ESCALATE = `mutation($id: ID!, $reason: String!) { escalateCase(id: $id, reason: $reason) { id ladderStep { key } } }`;

/** A failed mediation round at the current step: assigned, mediated, failed (the case stays at the step). */
async function failedRound(user: string, caseId: string, mediatorId: string) {
  await change(user, `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId, mediatorId, note: '请尽快组织调解' } });
  await change(user, `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: caseId });
  await change(user, `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
    { input: { caseId, outcome: 'FAILED', note: '何某以收成不好为由拒绝支付' } });
}

/** The land dispute as the grid worker reports it on Monday morning, accepted by the village at 09:30. */
async function reportLandDispute(suffix: string): Promise<string> {
  now = cst(0, 9);
  const { intakeCase } = await ok<{ intakeCase: { id: string } }>('grid-a-worker', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, {
    input: {
      title: `何某拖欠地租及灌溉水费纠纷${suffix}`, channel: 'GRID', type: 'LAND', regionId: gridA.id, amountInDispute: '4800.00',
      description: '村民反映土地承包方何某未支付地租款且拖欠灌溉水费，网格员上门初调。',
      parties: [{ name: '邱国华', role: 'APPLICANT', phone: `1390000${suffix === '' ? '1001' : '1002'}` }, { name: '何志强', role: 'RESPONDENT', phone: `1390000${suffix === '' ? '2001' : '2002'}` }],
    },
  });
  lastCase = intakeCase.id;
  now = cst(0, 9.5);
  await change('village-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: intakeCase.id });
  return intakeCase.id;
}

async function ledgerSteps(caseId: string): Promise<[string, string][]> {
  const rows = await p.sql<{ action: string; step_key: string }>(`SELECT action, step_key FROM cases.case_event WHERE case_id = $1 ORDER BY version`, [caseId]);
  return rows.map((r) => [r.action, r.step_key]);
}

const iso = (d: Date) => d.toISOString();

it('a land dispute handled by the book up the ladder is never overdue and draws no 督办函', async () => {
  const id = await reportLandDispute('');
  await at(cst(0, 10));
  // Grid worker: 1 working day from the report; the whole ladder (1+2+2+2) ends on Wed 11 March.
  expect(await supervision(id)).toMatchObject({
    state: 'ON_TRACK', ladderStepKey: 'GRID', ladderStepName: '网格员', deadlineAt: iso(cst(1, 9)), stepDeadlineAt: iso(cst(1, 9)),
    overallDeadlineAt: iso(cst(9, 9)),
  });
  await failedRound('village-a-operator', id, villageMediators[0]);

  await at(cst(1, 8.5)); // Tue 08:30, half an hour inside the grid step: on to the village committee.
  await change('village-a-operator', ESCALATE, { id, reason: '网格员初调受阻，提交村调委' });
  await at(cst(1, 10));
  expect(await supervision(id)).toMatchObject({
    state: 'ON_TRACK', overdue: false, ladderStepKey: 'VILLAGE_COMMITTEE', ladderStepName: '村调委', stepDeadlineAt: iso(cst(3, 8.5)), overallDeadlineAt: iso(cst(9, 8.5)),
  });
  await failedRound('village-a-operator', id, villageMediators[1]);

  await at(cst(3, 8)); // Thu 08:00: to the town center (镇综治中心 / 司法所).
  await change('village-a-operator', ESCALATE, { id, reason: '村调委调解未果，提交镇综治中心' });
  await at(cst(3, 9));
  expect(await supervision(id)).toMatchObject({ ladderStepKey: 'TOWN_CENTER', stepDeadlineAt: iso(cst(7, 8)), overallDeadlineAt: iso(cst(9, 8)) });

  // Sat 7 March, day 6: past GENERAL's 5 calendar days, but the town center still has its 2 working days.
  await at(cst(5, 10));
  expect(await supervision(id)).toMatchObject({ state: 'ON_TRACK', overdue: false, ladderStepKey: 'TOWN_CENTER' });
  await failedRound('town-a-operator', id, townMediator);

  await at(cst(7, 8)); // Mon 08:00, on the last hour of the town center's time: to the town government.
  await change('town-a-operator', ESCALATE, { id, reason: '司法所调解未果，提请镇党委政府' });
  await at(cst(7, 9));
  expect(await supervision(id)).toMatchObject({
    state: 'ON_TRACK', overdue: false, ladderStepKey: 'TOWN_GOVERNMENT', ladderStepName: '镇党委政府', stepDeadlineAt: iso(cst(9, 8)), overallDeadlineAt: iso(cst(9, 8)),
  });
  await change('town-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, mediatorId: townMediator } });
  await change('town-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id });
  await at(cst(8, 15)); // Tue 10 March: agreement signed.
  await change('town-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
    { input: { caseId: id, outcome: 'RESOLVED', agreement: '何某承诺本月底前付清地租及灌溉水费共4800元，双方签订调解协议。' } });

  await at(cst(14, 9)); // A week later the scheduler still finds nothing late.
  const done = await supervision(id);
  expect(done).toMatchObject({ state: 'STOPPED', overdue: false });
  expect(done.letters.map((l) => l.kind)).not.toContain('SUPERVISION');
  const kinds = (await p.sql<{ kind: string }>(`SELECT kind FROM events.dispatch_event WHERE case_id = $1`, [id])).map((r) => r.kind);
  expect(kinds).not.toContain('CASE_OVERDUE');
  expect(kinds.filter((k) => k === 'CASE_ESCALATED')).toHaveLength(3);
  // The ledger records every step the case passed.
  expect((await ledgerSteps(id)).filter(([a]) => a === 'escalate' || a === 'intake' || a === 'recordOutcome').map(([, s]) => s)).toEqual([
    'GRID', 'GRID', 'VILLAGE_COMMITTEE', 'VILLAGE_COMMITTEE', 'TOWN_CENTER', 'TOWN_CENTER', 'TOWN_GOVERNMENT', 'TOWN_GOVERNMENT',
  ]);
});

it('one that stalls at the village committee is overdue when the step runs out, and the 督办函 names the step', async () => {
  const id = await reportLandDispute('（二）');
  await failedRound('village-a-operator', id, villageMediators[0]);
  await at(cst(1, 8.5));
  await change('village-a-operator', ESCALATE, { id, reason: '网格员初调受阻，提交村调委' });

  await at(cst(3, 8)); // Thu 08:00: the village committee's 2 working days end at 08:30.
  expect(await supervision(id)).toMatchObject({ state: 'WARNING', overdue: false, ladderStepKey: 'VILLAGE_COMMITTEE', stepDeadlineAt: iso(cst(3, 8.5)) });
  await at(cst(3, 10)); // Nothing happened: overdue on the step, long before the ladder's end.
  const late = await supervision(id);
  expect(late).toMatchObject({ state: 'OVERDUE', overdue: true, ladderStepKey: 'VILLAGE_COMMITTEE', ladderStepName: '村调委', overallDeadlineAt: iso(cst(9, 8.5)) });
  // The case file's step times (cases) count the step the same way.
  const times = await ok<{ case: { stepTimes: { steps: { stepKey: string; deadlineAt: string; exceeded: boolean }[] } } }>('county-supervisor',
    `query($id: ID!) { case(id: $id) { stepTimes { steps { stepKey deadlineAt exceeded } } } }`, { id });
  expect(times.case.stepTimes.steps.find((s) => s.stepKey === 'VILLAGE_COMMITTEE')).toEqual({ stepKey: 'VILLAGE_COMMITTEE', deadlineAt: late.stepDeadlineAt, exceeded: true });
  const letters = late.letters.filter((l) => l.kind === 'SUPERVISION');
  expect(letters).toHaveLength(1);
  expect(letters[0]).toMatchObject({ stepKey: 'VILLAGE_COMMITTEE', stepName: '村调委', note: expect.stringContaining('「村调委」') });

  const [overdue] = await p.sql<{ data: { stepKey: string; stepName: string; note: string } }>(
    `SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'CASE_OVERDUE'`, [id]);
  expect(overdue.data).toMatchObject({ stepKey: 'VILLAGE_COMMITTEE', stepName: '村调委', note: expect.stringContaining('「村调委」一级的办理时限') });
  const [letterEvent] = await p.sql<{ data: { stepName: string } }>(`SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'SUPERVISION_LETTER' AND data->>'letterKind' = 'SUPERVISION'`, [id]);
  expect(letterEvent.data.stepName).toBe('村调委');

  // Escalated late, the town center gets its own clock; the lateness stays on record (and no second letter).
  await change('village-a-operator', ESCALATE, { id, reason: '村调委调解未果，提交镇综治中心' });
  await at(cst(3, 11));
  expect(await supervision(id)).toMatchObject({ state: 'ON_TRACK', ladderStepKey: 'TOWN_CENTER', stepDeadlineAt: iso(cst(7, 10)) });
  expect((await supervision(id)).letters.filter((l) => l.kind === 'SUPERVISION')).toHaveLength(1);
});
