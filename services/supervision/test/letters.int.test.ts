/**
 * Letters by hand (numbering, addressing, roles, scope), the lists per case and per department,
 * follow-up visits and the accountability thresholds (约谈 at 3 unsatisfied, 取消评先 at 5).
 */
import { SimCase, days, hours, plus, startHarness, supervisionEvents, type Harness } from './harness';

const T0 = new Date('2026-07-01T01:00:00Z');
const D = {
  summoned: '00000000-0000-4000-8000-00000000a003',
  barred: '00000000-0000-4000-8000-00000000a005',
  fine: '00000000-0000-4000-8000-00000000a002',
};

let h: Harness;
let townA: { id: string; code: string };
let villageA: { id: string; code: string };

const errorOf = (r: { errors?: { extensions?: { code?: string; field?: string } }[] }) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];

beforeAll(async () => {
  h = await startHarness({ clock: T0 });
  const op = await h.user('village-a-operator');
  [villageA] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE code = $1`, [op.regionCode]);
  [townA] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE code = $1`, [op.regionCode!.slice(0, 9)]);
});
afterAll(() => h?.stop());

async function resolvedCase(dept: string | null, regionCode = villageA.code, regionId = villageA.id): Promise<SimCase> {
  const c = new SimCase(h, { regionId, regionCode });
  await c.receive(T0);
  await c.accept(T0, 'COMPLEX');
  await c.assign(plus(T0, hours(1)), dept);
  await c.startMediation(plus(T0, hours(2)));
  await c.resolve(plus(T0, hours(3)), 'VILLAGE');
  return c;
}

const ISSUE = `mutation($c: ID!, $k: LetterKind!, $n: String) { issueSupervisionLetter(caseId: $c, kind: $k, note: $n) {
  id number kind kindName note automatic to { id } case { id } } }`;
const FOLLOW_UP = `mutation($c: ID!, $r: Satisfaction!, $m: String) { recordFollowUp(caseId: $c, rating: $r, comment: $m) { rating comment at } }`;

describe('letters by hand', () => {
  let c: SimCase;
  beforeAll(async () => {
    c = new SimCase(h, { regionId: villageA.id, regionCode: villageA.code });
    await c.receive(T0);
    await c.accept(T0, 'GENERAL');
    await c.assign(plus(T0, hours(1)), D.fine);
    await h.settle();
    h.clock.set(plus(T0, hours(5)));
  });

  it('numbers them per kind and year, addresses the lead department and announces them', async () => {
    const supervisor = await h.user('county-supervisor');
    const first = await h.sup.gql(supervisor, ISSUE, { c: c.id, k: 'SUPERVISION', n: ' 请于三日内书面反馈办理情况 ' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueSupervisionLetter).toMatchObject({
      number: '大埔综治督〔2026〕1号', kind: 'SUPERVISION', kindName: '督办函', note: '请于三日内书面反馈办理情况', automatic: false,
      to: { id: D.fine }, case: { id: c.id },
    });
    h.clock.set(plus(T0, hours(6)));
    const second = await h.sup.gql(supervisor, ISSUE, { c: c.id, k: 'SUPERVISION' });
    expect(second.data!.issueSupervisionLetter.number).toBe('大埔综治督〔2026〕2号');
    h.clock.set(plus(T0, hours(7)));
    const reminder = await h.sup.gql(await h.user('county-dispatcher'), ISSUE, { c: c.id, k: 'REMINDER' });
    expect(reminder.data!.issueSupervisionLetter.number).toBe('大埔综治提〔2026〕1号');
    // The automatic 交办单 plus three by hand, each announced.
    expect(await supervisionEvents(h, c.id)).toEqual({ SUPERVISION_LETTER: 4 });
    const [event] = await h.sql(`SELECT actor_id, letter_id FROM events.dispatch_event WHERE letter_id = $1`, [first.data!.issueSupervisionLetter.id]);
    expect(event.actor_id).toBe(supervisor.userId);

    const list = await h.sup.gql(supervisor, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { supervision { letters { number } } } } }`, {
      r: [{ __typename: 'Case', id: c.id }],
    });
    expect(list.data!._entities[0].supervision.letters.map((l: { number: string }) => l.number)).toEqual([
      '大埔综治受〔2026〕1号', '大埔综治交〔2026〕1号', '大埔综治督〔2026〕1号', '大埔综治督〔2026〕2号', '大埔综治提〔2026〕1号',
    ]);
  });

  it('refuses the wrong roles, cases out of scope and bad input, writing nothing', async () => {
    const before = await h.sql(`SELECT count(*)::int AS n FROM supervision.letter`);
    expect(errorOf(await h.sup.gql(await h.user('county-operator'), ISSUE, { c: c.id, k: 'SUPERVISION' }))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await h.sup.gql(await h.user('county-supervisor'), ISSUE, { c: c.id, k: 'SUPERVISION', n: '长'.repeat(1001) }))).toEqual(['BAD_USER_INPUT', 'note']);
    expect(errorOf(await h.sup.gql(await h.user('county-supervisor'), ISSUE, { c: c.id, k: 'ACCEPTANCE_NOTICE' }))).toEqual(['BAD_USER_INPUT', 'kind']);
    expect(errorOf(await h.sup.gql(await h.user('county-supervisor'), ISSUE, { c: '00000000-0000-4000-8000-000000000000', k: 'SUPERVISION' }))).toEqual(['NOT_FOUND', undefined]);
    expect(errorOf(await h.sup.gql(await h.user('county-supervisor'), ISSUE, { c: 'x', k: 'SUPERVISION' }))).toEqual(['NOT_FOUND', undefined]);
    // A town-B account with a supervisor's role would still not see a town-A case.
    const townB = { ...(await h.user('town-b-operator')), roles: ['SUPERVISOR' as const] };
    expect(errorOf(await h.sup.gql(townB, ISSUE, { c: c.id, k: 'SUPERVISION' }))).toEqual(['NOT_FOUND', undefined]);
    expect(await h.sql(`SELECT count(*)::int AS n FROM supervision.letter`)).toEqual(before);
  });

  it('lists a department\'s letters, newest first, page by page, within the caller\'s jurisdiction', async () => {
    const q = `query($d: ID!, $after: String) { lettersByDepartment(departmentId: $d, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { number } } } }`;
    const supervisor = await h.user('county-supervisor');
    const page1 = await h.sup.gql(supervisor, q, { d: D.fine });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.lettersByDepartment.totalCount).toBe(4);
    expect(page1.data!.lettersByDepartment.edges.map((e: { node: { number: string } }) => e.node.number)).toEqual([
      '大埔综治提〔2026〕1号', '大埔综治督〔2026〕2号', '大埔综治督〔2026〕1号',
    ]);
    const page2 = await h.sup.gql(supervisor, q, { d: D.fine, after: page1.data!.lettersByDepartment.pageInfo.endCursor });
    expect(page2.data!.lettersByDepartment).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { number: '大埔综治交〔2026〕1号' } }] });
    // Town B sees none of them; a department account sees only its own department's.
    const townB = { ...(await h.user('town-b-operator')), roles: ['SUPERVISOR' as const] };
    expect((await h.sup.gql(townB, q, { d: D.fine })).data!.lettersByDepartment.totalCount).toBe(0);
    const deptUser = { ...(await h.user('county-operator')), roles: ['DEPARTMENT' as const], departmentId: D.fine };
    expect((await h.sup.gql(deptUser, q, { d: D.fine })).data!.lettersByDepartment.totalCount).toBe(4);
    expect(errorOf(await h.sup.gql(deptUser, q, { d: D.barred }))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await h.sup.gql(supervisor, q, { d: D.fine, after: 'garbage' }))).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('resolves a letter by id and as an entity, scoped', async () => {
    const supervisor = await h.user('county-supervisor');
    const [l] = await h.sql(`SELECT id FROM supervision.letter WHERE case_id = $1 AND kind = 'REMINDER'`, [c.id]);
    const one = await h.sup.gql(supervisor, `query($id: ID!) { supervisionLetter(id: $id) { number issuedAt } }`, { id: l.id });
    expect(one.data!.supervisionLetter.number).toBe('大埔综治提〔2026〕1号');
    const townB = await h.user('town-b-operator');
    expect((await h.sup.gql(townB, `query($id: ID!) { supervisionLetter(id: $id) { number } }`, { id: l.id })).data!.supervisionLetter).toBeNull();
    const ent = await h.sup.gql(supervisor, `query($r: [_Any!]!) { _entities(representations: $r) { ... on SupervisionLetter { kind } } }`, {
      r: [{ __typename: 'SupervisionLetter', id: l.id }, { __typename: 'SupervisionLetter', id: 'nope' }],
    });
    expect(ent.data!._entities).toEqual([{ kind: 'REMINDER' }, null]);
  });
});

describe('follow-up visits', () => {
  it('are recorded once per resolution, only after resolution or closure', async () => {
    const open = new SimCase(h, { regionId: villageA.id, regionCode: villageA.code });
    await open.receive(T0);
    const done = await resolvedCase(D.fine);
    await h.settle();
    const operator = await h.user('village-a-operator');
    expect(errorOf(await h.sup.gql(operator, FOLLOW_UP, { c: open.id, r: 'SATISFIED' }))).toEqual(['CONFLICT', undefined]);
    expect(errorOf(await h.sup.gql(operator, FOLLOW_UP, { c: done.id, r: 'UNSATISFIED' }))).toEqual(['BAD_USER_INPUT', 'comment']);
    h.clock.set(plus(T0, days(2)));
    const ok = await h.sup.gql(operator, FOLLOW_UP, { c: done.id, r: 'BASICALLY_SATISFIED', m: '  调解员很耐心 ' });
    expect(ok.data!.recordFollowUp).toEqual({ rating: 'BASICALLY_SATISFIED', comment: '调解员很耐心', at: plus(T0, days(2)).toISOString() });
    expect(errorOf(await h.sup.gql(operator, FOLLOW_UP, { c: done.id, r: 'SATISFIED' }))).toEqual(['CONFLICT', undefined]);
    expect(errorOf(await h.sup.gql(await h.user('grid-a-worker'), FOLLOW_UP, { c: done.id, r: 'SATISFIED' }))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await h.sup.gql(await h.user('town-b-operator'), FOLLOW_UP, { c: done.id, r: 'SATISFIED' }))).toEqual(['NOT_FOUND', undefined]);
    expect(await supervisionEvents(h, done.id)).toMatchObject({ FOLLOW_UP_RECORDED: 1 });

    const view = await h.sup.gql(operator, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { supervision { followUp { rating comment } } } } }`, {
      r: [{ __typename: 'Case', id: done.id }],
    });
    expect(view.data!._entities[0].supervision.followUp).toEqual({ rating: 'BASICALLY_SATISFIED', comment: '调解员很耐心' });

    // Reopened and resolved again: a new visit is due, the old rating no longer counts.
    await done.reopen(plus(T0, days(3)));
    await done.startMediation(plus(T0, days(3) + hours(1)));
    await done.resolve(plus(T0, days(3) + hours(2)), 'TOWN');
    await h.settle();
    const [row] = await h.sql(`SELECT rating FROM supervision.case_read WHERE case_id = $1`, [done.id]);
    expect(row.rating).toBeNull();
    expect((await h.sup.gql(operator, FOLLOW_UP, { c: done.id, r: 'SATISFIED' })).errors).toBeUndefined();
  });
});

describe('accountability', () => {
  it('summons a department at 3 unsatisfied visits in the year and bars it at 5', async () => {
    const plan: [string, number, number][] = [
      [D.fine, 2, 1], // 2 unsatisfied (+1 satisfied): 正常
      [D.summoned, 3, 0], // 3: 约谈
      [D.barred, 5, 1], // 5: 取消评先资格
    ];
    const cases: [SimCase, string][] = [];
    for (const [dept, unsatisfied, satisfied] of plan) {
      for (let i = 0; i < unsatisfied; i++) cases.push([await resolvedCase(dept), 'UNSATISFIED']);
      for (let i = 0; i < satisfied; i++) cases.push([await resolvedCase(dept), 'SATISFIED']);
    }
    // One more in town A but outside the village, and one visit in the previous year: counted only where they belong.
    cases.push([await resolvedCase(D.summoned, townA.code, townA.id), 'UNSATISFIED']);
    await h.settle();
    h.clock.set('2026-07-10T01:00:00Z');
    const supervisor = await h.user('county-supervisor');
    for (const [c, rating] of cases) {
      const r = await h.sup.gql(supervisor, FOLLOW_UP, { c: c.id, r: rating, m: rating === 'UNSATISFIED' ? '问题没有解决' : null });
      expect(r.errors).toBeUndefined();
    }
    const last = await resolvedCase(D.fine);
    await h.settle();
    h.clock.set('2025-12-31T15:59:00Z'); // 2025-12-31 23:59 CST: the previous year
    await h.sup.gql(supervisor, FOLLOW_UP, { c: last.id, r: 'UNSATISFIED', m: '不满意' });

    const q = `query($r: ID!, $y: Int!) { accountability(regionId: $r, year: $y) { department { id } year followUps unsatisfied summoned barred status } }`;
    const county = await h.sup.gql(supervisor, q, { r: await h.regionId('441422'), y: 2026 });
    expect(county.errors).toBeUndefined();
    expect(county.data!.accountability).toEqual([
      { department: { id: D.barred }, year: 2026, followUps: 6, unsatisfied: 5, summoned: true, barred: true, status: '取消评先资格' },
      { department: { id: D.summoned }, year: 2026, followUps: 4, unsatisfied: 4, summoned: true, barred: false, status: '约谈' },
      // Includes the visit of the follow-up test above (BASICALLY_SATISFIED, then SATISFIED after the reopening).
      { department: { id: D.fine }, year: 2026, followUps: 5, unsatisfied: 2, summoned: false, barred: false, status: '正常' },
    ]);
    const village = await h.sup.gql(supervisor, q, { r: villageA.id, y: 2026 });
    expect(village.data!.accountability.find((a: { department: { id: string } }) => a.department.id === D.summoned)).toMatchObject({ unsatisfied: 3, summoned: true });
    const previous = await h.sup.gql(supervisor, q, { r: villageA.id, y: 2025 });
    expect(previous.data!.accountability).toEqual([
      { department: { id: D.fine }, year: 2025, followUps: 1, unsatisfied: 1, summoned: false, barred: false, status: '正常' },
    ]);
    expect(errorOf(await h.sup.gql(supervisor, q, { r: villageA.id, y: 26 }))).toEqual(['BAD_USER_INPUT', 'year']);
    expect(errorOf(await h.sup.gql(await h.user('village-a-operator'), q, { r: villageA.id, y: 2026 }))).toEqual(['FORBIDDEN', undefined]);
  });
});
