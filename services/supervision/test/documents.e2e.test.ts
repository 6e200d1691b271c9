/**
 * 交办单 ↔ 反馈单 through the gateway on a controlled clock: assigning a case issues a numbered 交办单 to
 * the lead department with a template body and a due date (5 working days); past it the letter is
 * OVERDUE (and listed so); the lead department's staff answer it with a numbered 反馈单 that closes it —
 * another department is FORBIDDEN, a caller outside the jurisdiction NOT_FOUND, a second answer
 * CONFLICT; the case's outcome answers the letters still waiting.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '../src/server';

const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const county = world.regions.find((r) => r.level === 'COUNTY')!;
const justice = world.departments.find((d) => d.kind === 'JUSTICE')!;
const housing = world.departments.find((d) => d.kind === 'HOUSING')!;

/** Thu 5 March 2026 00:00 CST plus days and hours. */
const cst = (day: number, hour: number) => new Date(Date.UTC(2026, 2, 5 + day) + (hour - 8) * 3600_000);
let now = cst(0, 10);
let p: TestPlatform;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  p = await startTestPlatform({ clock: () => new Date(now.getTime()) });
  const admin = await p.login('admin');
  for (const [name, dept] of [['doc-justice', justice], ['doc-housing', housing]] as const) {
    const input = { username: name, displayName: `${dept.name}联络员`, password: 'docs2026!', roles: ['DEPARTMENT'], regionId: county.id, departmentId: dept.id };
    const r = await p.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, admin);
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    const l = await p.gql<{ login: { token: string } }>(`mutation($u: String!) { login(username: $u, password: "docs2026!") { token } }`, { u: name });
    tokens[name] = l.data!.login.token;
  }
});
afterAll(() => p?.stop());

const tokenOf = async (user: string) => tokens[user] ?? (await p.login(user));
const call = async (user: string, query: string, variables: Record<string, unknown> = {}) => p.gql<any>(query, variables, await tokenOf(user));
async function ok(user: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await call(user, query, variables);
  if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data;
}
const errorOf = (r: { errors?: { extensions?: { code?: string; field?: string } }[] }) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];

/** Lets the read model catch up with the case's events, then moves the clock. */
async function settle(caseId: string) {
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  for (let i = 0; i < 200; i++) {
    const [r] = await p.sql(`SELECT (SELECT max(id) FROM events.dispatch_event WHERE case_id = $1 AND source = 'cases')::text AS last,
      (SELECT last_event_id FROM supervision.case_read WHERE case_id = $1)::text AS applied`, [caseId]);
    if (r.last === r.applied) return;
    await runtime.drain();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('supervision never caught up');
}

const LETTER = `id number kind state dueAt answeredAt answer issuer addressee title body templateVersion printUrl to { id }
  answeredBy { id number kind } answers { id number state }`;
const LETTERS = `query($id: ID!) { case(id: $id) { code supervision { letters { ${LETTER} } } } }`;
const ANSWER = `mutation($input: AnswerLetterInput!) { answerLetter(input: $input) { ${LETTER} } }`;

async function assignedCase(title: string): Promise<{ id: string; code: string }> {
  now = cst(0, 10);
  const { intakeCase } = await ok('town-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`, {
    input: {
      title, channel: 'WINDOW', type: 'NEIGHBOUR', regionId: townA.id,
      description: '两户因排水沟改道发生争执，申请调解。',
      parties: [{ name: '罗伟明', role: 'APPLICANT', phone: '13902221001' }, { name: '邱华英', role: 'RESPONDENT' }],
    },
  });
  await ok('town-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: intakeCase.id });
  await ok('town-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, {
    input: { caseId: intakeCase.id, leadDepartmentId: justice.id, departmentIds: [justice.id], note: '请司法所牵头调处' },
  });
  await settle(intakeCase.id);
  return intakeCase;
}

const lettersOf = async (caseId: string) => (await ok('county-supervisor', LETTERS, { id: caseId })).case.supervision.letters as any[];

it('a 交办单 is numbered, templated, due in 5 working days, OVERDUE past it, and closed once by its department’s 反馈单', async () => {
  const c = await assignedCase('排水沟改道邻里纠纷');
  const [jiao] = (await lettersOf(c.id)).filter((l) => l.kind === 'ASSIGNMENT');
  expect(jiao).toMatchObject({
    // The town center handling the case issues it, in its own series.
    number: expect.stringMatching(/^湖寮综治交〔2026〕\d+号$/), state: 'OPEN', issuer: '湖寮镇综治中心', addressee: null, to: { id: justice.id },
    dueAt: cst(7, 10).toISOString(), // Thu + 5 working days = Thu 12 March
    title: `关于${c.code}号案件的交办单`, templateVersion: 1, printUrl: `/documents/${jiao.id}/print`, answeredBy: null, answers: null,
  });
  expect(jiao.body).toContain(`统一编码为 ${c.code} 的邻里纠纷案件交由贵单位牵头办理`);
  expect(jiao.body).toContain('交办说明：请司法所牵头调处');
  expect(jiao.body).not.toContain('罗伟明'); // no party in the document's text

  // Past the due date, unanswered: OVERDUE, on the 督办 list of overdue documents.
  now = cst(7, 10.5);
  expect((await lettersOf(c.id)).find((l) => l.id === jiao.id).state).toBe('OVERDUE');
  const overdue = await ok('county-supervisor', `query($r: ID!) { supervisionLetters(regionId: $r, state: OVERDUE, first: 50) { edges { node { id state } } } }`, { r: townA.id });
  expect(overdue.supervisionLetters.edges.map((e: any) => e.node)).toContainEqual({ id: jiao.id, state: 'OVERDUE' });
  const open = await ok('county-supervisor', `query($r: ID!) { supervisionLetters(regionId: $r, state: OPEN, first: 50) { edges { node { id } } } }`, { r: townA.id });
  expect(open.supervisionLetters.edges.map((e: any) => e.node.id)).not.toContain(jiao.id);

  // Who may not answer: another department (FORBIDDEN), a town outside (NOT_FOUND); bad input first.
  const input = { letterId: jiao.id, answer: '已组织双方现场调解，排水沟按原走向恢复，双方签订调解协议。' };
  expect(errorOf(await call('doc-housing', ANSWER, { input }))).toEqual(['FORBIDDEN', undefined]);
  expect(errorOf(await call('town-b-operator', ANSWER, { input }))[0]).toBe('NOT_FOUND');
  expect(errorOf(await call('doc-justice', ANSWER, { input: { ...input, answer: '  ' } }))).toEqual(['BAD_USER_INPUT', 'input.answer']);
  expect(errorOf(await call('mediator-gold', ANSWER, { input }))[0]).toBe('FORBIDDEN');

  const { answerLetter: fan } = await ok('doc-justice', ANSWER, { input });
  expect(fan).toMatchObject({
    // The answer goes back to the center that issued the 交办单, in that center's series.
    kind: 'FEEDBACK', number: expect.stringMatching(/^湖寮综治反〔2026〕\d+号$/), state: 'NONE', dueAt: null, issuer: justice.name, addressee: '湖寮镇综治中心',
    to: null, answers: { id: jiao.id, number: jiao.number, state: 'ANSWERED' },
  });
  expect(fan.body.split('\n')).toEqual([`关于${jiao.number}《交办单》所涉统一编码为 ${c.code} 的邻里纠纷案件，现将办理情况反馈如下：`, input.answer, '特此反馈。']);
  expect((await lettersOf(c.id)).find((l) => l.id === jiao.id)).toMatchObject({
    state: 'ANSWERED', answer: input.answer, answeredAt: now.toISOString(), answeredBy: { id: fan.id, kind: 'FEEDBACK' },
  });

  // Once: a second answer (by anyone) is CONFLICT and writes nothing; a 反馈单 itself expects no answer.
  const count = async () => Number((await p.sql(`SELECT count(*) AS n FROM supervision.letter WHERE case_id = $1`, [c.id]))[0].n);
  const before = await count();
  expect(errorOf(await call('county-supervisor', ANSWER, { input: { ...input, answer: '重复反馈' } }))[0]).toBe('CONFLICT');
  expect(errorOf(await call('county-supervisor', ANSWER, { input: { letterId: fan.id, answer: '反馈反馈单' } }))).toEqual(['BAD_USER_INPUT', 'input.letterId']);
  expect(await count()).toBe(before);

  // The board hears it, without the answer's text (a party may be named there).
  const events = await p.sql(`SELECT data FROM events.dispatch_event WHERE kind = 'LETTER_ANSWERED' AND case_id = $1`, [c.id]);
  expect(events).toHaveLength(1);
  expect(events[0].data).toMatchObject({ letterId: fan.id, answeredLetterId: jiao.id, answeredKind: 'ASSIGNMENT', departmentId: justice.id, late: true });
  expect(JSON.stringify(events[0].data)).not.toContain('调解协议');
});

it('center staff answer on the department’s behalf, and the case’s outcome answers the letters still waiting', async () => {
  const c = await assignedCase('楼上漏水邻里纠纷');
  now = cst(1, 9);
  const { issueSupervisionLetter: tip } = await ok('county-supervisor', `mutation($c: ID!) { issueSupervisionLetter(caseId: $c, kind: REMINDER, note: "请于周五前组织调解") { id state dueAt } }`, { c: c.id });
  expect(tip.state).toBe('OPEN');
  const [jiao] = (await lettersOf(c.id)).filter((l) => l.kind === 'ASSIGNMENT');
  const { answerLetter } = await ok('town-a-operator', ANSWER, { input: { letterId: jiao.id, answer: '司法所已电话联系双方，约定周五调解。' } });
  expect(answerLetter.answers).toMatchObject({ id: jiao.id, state: 'ANSWERED' });

  // Resolved: the outcome 反馈单 closes the 工作提示函 that was still open.
  await ok('town-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c.id });
  await ok('town-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, {
    input: { caseId: c.id, outcome: 'RESOLVED', agreement: '楼上住户修复防水层并赔偿 800 元' },
  });
  await settle(c.id);
  const letters = await lettersOf(c.id);
  const outcome = letters.find((l) => l.kind === 'FEEDBACK' && l.id !== answerLetter.id);
  expect(letters.find((l) => l.id === tip.id)).toMatchObject({ state: 'ANSWERED', answeredBy: { id: outcome.id } });
  expect(outcome.answers).toMatchObject({ id: tip.id });
});

it('a letter sent to the center before the case was assigned is answered by the case’s outcome too', async () => {
  now = cst(2, 9);
  const { intakeCase: c } = await ok('town-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
    title: '共用楼道堆放杂物纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: townA.id, description: '邻居在共用楼道长期堆放杂物，协商未果。',
    parties: [{ name: '温小红', role: 'APPLICANT' }],
  } });
  await ok('town-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id: c.id });
  await settle(c.id);
  const { issueSupervisionLetter: tip } = await ok('county-supervisor', `mutation($c: ID!) { issueSupervisionLetter(caseId: $c, kind: REMINDER, note: "请尽快分流交办") { id state to { id } } }`, { c: c.id });
  expect(tip).toMatchObject({ state: 'OPEN', to: null });
  await ok('town-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: c.id, leadDepartmentId: justice.id, departmentIds: [justice.id] } });
  await ok('town-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c.id });
  await ok('town-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '三日内清理杂物' } });
  await settle(c.id);
  const letters = await lettersOf(c.id);
  expect(letters.find((l) => l.id === tip.id)).toMatchObject({ state: 'ANSWERED', answeredBy: { kind: 'FEEDBACK' } });
  expect(letters.filter((l) => l.state === 'OPEN' || l.state === 'OVERDUE')).toEqual([]);
});

it('numbers documents per issuing center: a village station’s 受理告知单 bears its name in its town center’s series; the county’s 工作提示函 stays in the county’s', async () => {
  now = cst(3, 9);
  const village = world.regions.find((r) => r.level === 'VILLAGE' && r.code.startsWith(townA.code))!;
  const station = world.centers.find((c) => c.regionId === village.id)!;
  const { intakeCase: c } = await ok('county-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id handlingCenter { id } } }`, { input: {
    title: '相邻宅基地滴水纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: village.id, description: '两户相邻房屋滴水落入对方宅基地，协商未果。',
    parties: [{ name: '温阿婆', role: 'APPLICANT' }],
  } });
  expect(c.handlingCenter).toEqual({ id: station.id });
  await ok('county-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id: c.id });
  await settle(c.id);
  const { issueSupervisionLetter: tip } = await ok('county-supervisor', `mutation($c: ID!) { issueSupervisionLetter(caseId: $c, kind: REMINDER, note: "请村调委当日调处") { number issuer } }`, { c: c.id });
  const notice = (await lettersOf(c.id)).find((l) => l.kind === 'ACCEPTANCE_NOTICE');
  expect(notice).toMatchObject({ number: expect.stringMatching(/^湖寮综治受〔2026〕\d+号$/), issuer: station.name, addressee: '申请人', to: null, state: 'NONE' });
  expect(notice.body).toContain(`${station.name}已依法受理`);
  expect(notice.body).not.toContain('温阿婆');
  expect(tip).toMatchObject({ number: expect.stringMatching(/^大埔综治提〔2026〕\d+号$/), issuer: '大埔县综治中心' });
});

it('learns every center’s name and series from personnel (a start without the demo seed)', async () => {
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  const before = await p.sql<{ id: string; name: string; letter_prefix: string }>(`SELECT id, name, letter_prefix FROM supervision.center ORDER BY id`);
  expect(before).toHaveLength(world.centers.length);
  await p.sql(`DELETE FROM supervision.center`);
  expect(await runtime.deps.prefixes.learnCenters(p.dataSources.supervision)).toBe(world.centers.length);
  expect(await p.sql(`SELECT id, name, letter_prefix FROM supervision.center ORDER BY id`)).toEqual(before);
});
