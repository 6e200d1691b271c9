/**
 * The demo's documents: with demo cases, supervision's seed takes the log in and answers the oldest
 * waiting 交办单 with a 反馈单 signed by its department, leaving the later ones open — overdue once their
 * 5 working days are gone. Three cases assigned on a controlled clock stand in for the demo county's.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { DEMO_ANSWER, demoVisitBucket, seedSupervision } from '../src/seed';

const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const labour = world.departments.find((d) => d.kind === 'HUMAN_RESOURCES')!;
const villageA = world.regions.find((r) => r.parentId === townA.id)!;
const mediator = world.mediators.find((m) => m.kind === 'MEDIATOR' && m.available)!;

/** Mon 2 March 2026 00:00 CST plus days and hours. */
const cst = (day: number, hour: number) => new Date(Date.UTC(2026, 2, 2 + day) + (hour - 8) * 3600_000);
let now = cst(0, 9);
let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ clock: () => new Date(now.getTime()) });
});
afterAll(() => p?.stop());

async function ok(user: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const r = await p.gql<any>(query, variables, await p.login(user));
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

async function assignedOn(day: number, title: string): Promise<string> {
  now = cst(day, 9);
  const { intakeCase } = await ok('town-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, {
    input: { title, channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: townA.id, description: '工人反映工地拖欠工资，申请调解。', parties: [{ name: '温志明', role: 'APPLICANT' }] },
  });
  await ok('town-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: intakeCase.id });
  now = cst(day, 10);
  await ok('town-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, {
    input: { caseId: intakeCase.id, leadDepartmentId: labour.id, departmentIds: [labour.id] },
  });
  return intakeCase.id;
}

it('answers the oldest waiting 交办单 and leaves the later ones open or overdue, once', async () => {
  const first = await assignedOn(0, '工地欠薪纠纷（一）');
  const second = await assignedOn(1, '工地欠薪纠纷（二）');
  const third = await assignedOn(12, '工地欠薪纠纷（三）');
  now = cst(14, 9);
  const config = { ...p.config, seedDemo: true };
  await seedSupervision(p.dataSources.supervision, world, config);
  await seedSupervision(p.dataSources.supervision, world, config); // idempotent: one answer, not two

  const jiao = async (caseId: string) => {
    const d = await ok('county-supervisor', `query($id: ID!) { case(id: $id) { supervision { letters { kind state body dueAt answeredAt
      answeredBy { kind issuer addressee body answers { id } } } } } }`, { id: caseId });
    return d.case.supervision.letters.find((l: any) => l.kind === 'ASSIGNMENT');
  };
  const a = await jiao(first);
  expect(a).toMatchObject({ state: 'ANSWERED', answeredAt: cst(2, 10).toISOString(), answeredBy: { kind: 'FEEDBACK', issuer: labour.name, addressee: '湖寮镇综治中心' } });
  expect(a.answeredBy.body).toContain(DEMO_ANSWER);
  expect(a.body).toContain('交由贵单位牵头办理');
  expect(await jiao(second)).toMatchObject({ state: 'OVERDUE', answeredBy: null, dueAt: cst(8, 10).toISOString() });
  expect(await jiao(third)).toMatchObject({ state: 'OPEN', answeredBy: null });
  const [{ n }] = await p.sql(`SELECT count(*)::int AS n FROM supervision.letter WHERE kind = 'FEEDBACK' AND NOT automatic`);
  expect(n).toBe(1);
});

it('visits about seven in ten settled cases (回访), 满意 mostly, a few 不满意, after they settled, once', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    now = cst(20, 9);
    const { intakeCase } = await ok('village-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, {
      input: { title: `邻里通道纠纷（${i + 1}）`, channel: 'WINDOW', type: 'NEIGHBOUR', regionId: villageA.id, description: '邻居在共用通道堆放杂物，影响通行。', parties: [{ name: '温志明', role: 'APPLICANT' }] },
    });
    const id = intakeCase.id as string;
    await ok('village-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id });
    await ok('village-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, mediatorId: mediator.id } });
    await ok('village-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id });
    now = cst(21, 9);
    await ok('village-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
      { input: { caseId: id, outcome: 'RESOLVED', agreement: '双方同意清理通道杂物，保持通行。' } });
    ids.push(id);
  }
  now = cst(30, 9);
  const config = { ...p.config, seedDemo: true };
  await seedSupervision(p.dataSources.supervision, world, config);
  await seedSupervision(p.dataSources.supervision, world, config); // once: a second seeding adds nothing

  const visits = await p.sql<{ case_id: string; rating: string; at: Date; comment: string }>(
    `SELECT case_id, rating, at, comment FROM supervision.follow_up WHERE case_id = ANY($1::uuid[])`, [ids]);
  const expected = ids.filter((id) => demoVisitBucket(id) < 70);
  expect(visits.map((v) => v.case_id).sort()).toEqual([...expected].sort());
  for (const v of visits) {
    const b = demoVisitBucket(v.case_id);
    expect(v.rating).toBe(b < 52 ? 'SATISFIED' : b < 64 ? 'BASICALLY_SATISFIED' : 'UNSATISFIED');
    expect(new Date(v.at).getTime()).toBe(cst(21, 9).getTime() + (1 + (b % 3)) * 86_400_000);
    expect(v.comment.length).toBeGreaterThan(4);
  }
  // Through the service: each visit is on the board and in the case's supervision view.
  const [{ n }] = await p.sql(`SELECT count(*)::int AS n FROM events.dispatch_event WHERE kind = 'FOLLOW_UP_RECORDED' AND case_id = ANY($1::uuid[])`, [ids]);
  expect(n).toBe(expected.length);
});
