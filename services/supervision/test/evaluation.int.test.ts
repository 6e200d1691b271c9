/**
 * Issue 16 on a real PostgreSQL: the quarterly ranking (breakdown, 末位) and its freeze (later changes
 * do not rewrite a frozen quarter), the accountability ledger of departments and persons (cumulative
 * 约谈, yearly 评先, the cases behind, 约谈 records) and the monthly 以案定补 list. Bad input writes nothing.
 * The quarters are in 2025, before any demo case.
 */
import { SimCase, days, hours, plus, startHarness, type Harness } from './harness';

const D = { good: '00000000-0000-4000-8000-0000000e0001', weak: '00000000-0000-4000-8000-0000000e0002' };
const M = {
  good: '00000000-0000-4000-8000-0000000e1001',
  weak: '00000000-0000-4000-8000-0000000e1002',
  blamed: '00000000-0000-4000-8000-0000000e1003',
  later: '00000000-0000-4000-8000-0000000e1004',
  elsewhere: '00000000-0000-4000-8000-0000000e1005',
};
const JAN = new Date('2025-01-06T01:00:00Z');

let h: Harness;
let townA: { id: string; code: string };
let villageA: { id: string; code: string };
let townB: { id: string; code: string };

const errorOf = (r: { errors?: { extensions?: { code?: string; field?: string } }[] }) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];

beforeAll(async () => {
  h = await startHarness({ clock: JAN });
  const op = await h.user('village-a-operator');
  [villageA] = await h.sql(`SELECT id, code FROM grid.region WHERE code = $1`, [op.regionCode]);
  [townA] = await h.sql(`SELECT id, code FROM grid.region WHERE code = $1`, [op.regionCode!.slice(0, 9)]);
  [townB] = await h.sql(`SELECT id, code FROM grid.region WHERE code = $1`, [(await h.user('town-b-operator')).regionCode]);
});
afterAll(() => h?.stop());

async function handledCase(o: { dept: string; mediator: string; accept: Date; resolveAt?: Date; type?: string; complexity?: string; region?: { id: string; code: string } }) {
  const region = o.region ?? villageA;
  const c = new SimCase(h, { regionId: region.id, regionCode: region.code, type: o.type ?? 'NEIGHBOUR', mediatorId: o.mediator });
  await c.receive(o.accept);
  await c.accept(o.accept, o.complexity ?? 'COMPLEX');
  await c.assign(plus(o.accept, hours(1)), o.dept);
  await c.startMediation(plus(o.accept, hours(2)));
  if (o.resolveAt) await c.resolve(o.resolveAt, 'VILLAGE');
  return c;
}

const FOLLOW_UP = `mutation($c: ID!, $r: Satisfaction!, $m: String) { recordFollowUp(caseId: $c, rating: $r, comment: $m) { rating } }`;
async function visit(c: SimCase, rating: string, at: Date) {
  h.clock.set(at);
  const r = await h.sup.gql(await h.user('county-supervisor'), FOLLOW_UP, { c: c.id, r: rating, m: rating === 'UNSATISFIED' ? '调解后对方仍未履行' : null });
  expect(r.errors).toBeUndefined();
}

const QUARTER = `query($r: ID!, $y: Int!, $q: Int!) { evaluationQuarter(regionId: $r, year: $y, quarter: $q) {
  year quarter frozen frozenAt letterDeduction bottomCount
  departments { subjectKind department { id } mediator { id } rank score gradeLabel bottom accepted items { key label weight count of rate points } }
  mediators { mediator { id } rank score bottom accepted } } }`;
const FREEZE = `mutation($input: FreezeEvaluationQuarterInput!) { freezeEvaluationQuarter(input: $input) { frozen frozenAt departments { department { id } score } } }`;

describe('quarterly evaluation', () => {
  let open: SimCase;
  beforeAll(async () => {
    // 湖寮's strong department: three cases resolved in time, all rated 满意.
    for (let i = 0; i < 3; i++) {
      const c = await handledCase({ dept: D.good, mediator: M.good, accept: plus(JAN, days(i)), resolveAt: plus(JAN, days(i + 2)) });
      await h.settle();
      await visit(c, 'SATISFIED', plus(JAN, days(10 + i)));
    }
    // The weak one: a SIMPLE case (1 day) resolved three days late and rated 不满意, one still in mediation with a 督办函.
    const late = await handledCase({ dept: D.weak, mediator: M.weak, accept: plus(JAN, days(20)), resolveAt: plus(JAN, days(23)), complexity: 'SIMPLE' });
    open = await handledCase({ dept: D.weak, mediator: M.weak, accept: plus(JAN, days(21)) });
    await h.settle();
    await visit(late, 'UNSATISFIED', plus(JAN, days(30)));
    const letter = await h.sup.gql(await h.user('county-supervisor'), `mutation($c: ID!) { issueSupervisionLetter(caseId: $c, kind: SUPERVISION, note: "请加快办理") { id } }`, { c: open.id });
    expect(letter.errors).toBeUndefined();
  });

  it('scores each department and mediator with its breakdown and marks the last place', async () => {
    const r = await h.sup.gql(await h.user('county-supervisor'), QUARTER, { r: villageA.id, y: 2025, q: 1 });
    expect(r.errors).toBeUndefined();
    const q = r.data!.evaluationQuarter;
    expect(q).toMatchObject({ year: 2025, quarter: 1, frozen: false, frozenAt: null, letterDeduction: 3, bottomCount: 1 });
    expect(q.departments).toEqual([
      {
        subjectKind: 'DEPARTMENT', department: { id: D.good }, mediator: null, rank: 1, score: 100, gradeLabel: '优秀', bottom: false, accepted: 3,
        items: [
          { key: 'onTime', label: '按期办理', weight: 30, count: 3, of: 3, rate: 1, points: 30 },
          { key: 'resolved', label: '化解办结', weight: 30, count: 3, of: 3, rate: 1, points: 30 },
          { key: 'satisfaction', label: '群众满意', weight: 25, count: 3, of: 3, rate: 1, points: 25 },
          { key: 'letters', label: '督办函', weight: 15, count: 0, of: null, rate: null, points: 15 },
        ],
      },
      // 按期 1/2 × 30 + 化解 1/2 × 30 + 满意 0/1 × 25 + 督办函 15 − 3 = 42
      {
        subjectKind: 'DEPARTMENT', department: { id: D.weak }, mediator: null, rank: 2, score: 42, gradeLabel: '不合格', bottom: true, accepted: 2,
        items: [
          { key: 'onTime', label: '按期办理', weight: 30, count: 1, of: 2, rate: 0.5, points: 15 },
          { key: 'resolved', label: '化解办结', weight: 30, count: 1, of: 2, rate: 0.5, points: 15 },
          { key: 'satisfaction', label: '群众满意', weight: 25, count: 0, of: 1, rate: 0, points: 0 },
          { key: 'letters', label: '督办函', weight: 15, count: 1, of: null, rate: null, points: 12 },
        ],
      },
    ]);
    expect(q.mediators).toEqual([
      { mediator: { id: M.good }, rank: 1, score: 100, bottom: false, accepted: 3 },
      { mediator: { id: M.weak }, rank: 2, score: 42, bottom: true, accepted: 2 },
    ]);
  });

  it('freezes an ended quarter once; later changes leave the frozen ranking as it was', async () => {
    const supervisor = await h.user('county-supervisor');
    const frozenRows = async () => (await h.sql(`SELECT count(*)::int AS n FROM supervision.evaluation_quarter`))[0].n;
    // Still running, a bad quarter, a role without the grant, a region outside: nothing is written.
    h.clock.set('2025-03-31T15:00:00Z'); // 23:00 on 31 March in Beijing: Q1 still runs
    expect(errorOf(await h.sup.gql(supervisor, FREEZE, { input: { regionId: villageA.id, year: 2025, quarter: 1 } }))).toEqual(['CONFLICT', 'input.quarter']);
    expect(errorOf(await h.sup.gql(supervisor, FREEZE, { input: { regionId: villageA.id, year: 2025, quarter: 5 } }))).toEqual(['BAD_USER_INPUT', 'input.quarter']);
    h.clock.set('2025-04-02T01:00:00Z');
    expect(errorOf(await h.sup.gql(await h.user('county-dispatcher'), FREEZE, { input: { regionId: villageA.id, year: 2025, quarter: 1 } }))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await h.sup.gql(await h.user('town-a-leader'), FREEZE, { input: { regionId: townB.id, year: 2025, quarter: 1 } }))).toEqual(['FORBIDDEN', 'input.regionId']);
    expect(await frozenRows()).toBe(0);

    const before = (await h.sup.gql(supervisor, QUARTER, { r: villageA.id, y: 2025, q: 1 })).data!.evaluationQuarter;
    const frozen = await h.sup.gql(supervisor, FREEZE, { input: { regionId: villageA.id, year: 2025, quarter: 1 } });
    expect(frozen.errors).toBeUndefined();
    expect(frozen.data!.freezeEvaluationQuarter).toMatchObject({ frozen: true, frozenAt: '2025-04-02T01:00:00.000Z' });
    expect(errorOf(await h.sup.gql(supervisor, FREEZE, { input: { regionId: villageA.id, year: 2025, quarter: 1 } }))).toEqual(['CONFLICT', undefined]);

    // In April the open case is resolved and rated 满意: the weak department's Q1 cohort now looks better…
    await open.resolve(plus(JAN, days(86)), 'VILLAGE');
    await h.settle();
    await visit(open, 'SATISFIED', new Date('2025-04-03T02:00:00Z'));
    const live = (await h.sup.gql(supervisor, QUARTER, { r: townA.id, y: 2025, q: 1 })).data!.evaluationQuarter;
    expect(live.frozen).toBe(false);
    expect(live.departments.find((d: { department: { id: string } }) => d.department.id === D.weak).score).toBeGreaterThan(42);
    // …but the frozen village quarter answers what it was at the freeze.
    const after = (await h.sup.gql(supervisor, QUARTER, { r: villageA.id, y: 2025, q: 1 })).data!.evaluationQuarter;
    expect(after).toEqual({ ...before, frozen: true, frozenAt: '2025-04-02T01:00:00.000Z' });
  });
});

const LEDGER = `query($r: ID!, $y: Int!, $k: SubjectKind) { accountabilityLedger(regionId: $r, year: $y, subjectKind: $k) {
  subjectKind department { id } mediator { id } year followUps unsatisfied cumulativeUnsatisfied summoned barred status
  cases { case { id } caseCode ratedAt inYear } summonses { heldAt heldBy outcome unsatisfiedCount department { id } mediator { id } } } }`;
const SUMMON = `mutation($input: RecordSummonsInput!) { recordSummons(input: $input) { id subjectKind mediator { id } department { id } heldAt heldBy outcome unsatisfiedCount } }`;

describe('accountability of persons', () => {
  const cases: SimCase[] = [];
  beforeAll(async () => {
    // Two unsatisfied visits in 2025, one in 2026, all of cases led by the same mediator.
    for (const [accept, at] of [['2025-05-06', '2025-06-01'], ['2025-09-01', '2025-10-08'], ['2026-01-05', '2026-02-02']] as const) {
      const c = await handledCase({ dept: D.weak, mediator: M.blamed, accept: new Date(`${accept}T01:00:00Z`), resolveAt: new Date(`${accept}T09:00:00Z`) });
      await h.settle();
      await visit(c, 'UNSATISFIED', new Date(`${at}T02:00:00Z`));
      cases.push(c);
    }
    // The last case gets another mediator after its visit: the rating stays with the one who led it then.
    await cases[2].update('CASE_CLOSED', new Date('2026-02-03T01:00:00Z'), { status: 'CLOSED', closedAt: '2026-02-03T01:00:00.000Z', mediatorId: M.later });
    // A mediator of town B with an unsatisfied visit there only.
    const b = await handledCase({ dept: D.weak, mediator: M.elsewhere, accept: new Date('2026-01-05T01:00:00Z'), resolveAt: new Date('2026-01-06T01:00:00Z'), region: townB });
    await h.settle();
    await visit(b, 'UNSATISFIED', new Date('2026-01-10T02:00:00Z'));
  });

  it('counts a person\'s unsatisfied visits cumulatively for 约谈 and per year for 评先, with the cases behind', async () => {
    const supervisor = await h.user('county-supervisor');
    const y2026 = await h.sup.gql(supervisor, LEDGER, { r: villageA.id, y: 2026, k: 'MEDIATOR' });
    expect(y2026.errors).toBeUndefined();
    // Most cumulative first: the weak mediator's one 2025 visit still counts toward his 累计, so he is listed too.
    expect(y2026.data!.accountabilityLedger.map((r: { mediator: { id: string } }) => r.mediator.id)).toEqual([M.blamed, M.weak]);
    expect(y2026.data!.accountabilityLedger[0]).toEqual({
      subjectKind: 'MEDIATOR', department: null, mediator: { id: M.blamed }, year: 2026, followUps: 1, unsatisfied: 1, cumulativeUnsatisfied: 3,
      summoned: true, barred: false, status: '约谈',
      cases: cases.map((c, i) => ({ case: { id: c.id }, caseCode: c.snapshot.code, ratedAt: ['2025-06-01', '2025-10-08', '2026-02-02'][i] + 'T02:00:00.000Z', inYear: i === 2 })),
      summonses: [],
    });
    // In 2025 only two had come in: not yet 约谈; the 2026 visit does not rewrite 2025.
    const y2025 = await h.sup.gql(supervisor, LEDGER, { r: villageA.id, y: 2025, k: 'MEDIATOR' });
    expect(y2025.data!.accountabilityLedger.find((r: { mediator: { id: string } }) => r.mediator.id === M.blamed))
      .toMatchObject({ unsatisfied: 2, cumulativeUnsatisfied: 2, summoned: false, status: '正常' });
    // The department is charged the same visits (with the weak department's Q1 one: 4 in all).
    const dept = await h.sup.gql(supervisor, LEDGER, { r: villageA.id, y: 2026, k: 'DEPARTMENT' });
    expect(dept.data!.accountabilityLedger).toEqual([expect.objectContaining({ department: { id: D.weak }, cumulativeUnsatisfied: 4, unsatisfied: 1, summoned: true })]);
    // Town B's mediator is not in town A's ledger.
    const all = await h.sup.gql(supervisor, LEDGER, { r: townA.id, y: 2026 });
    expect(all.data!.accountabilityLedger.map((r: { mediator: { id: string } | null }) => r.mediator?.id).filter(Boolean)).not.toContain(M.elsewhere);
  });

  it('records a 约谈 (when, by whom, outcome); bad input and a subject outside write nothing', async () => {
    const supervisor = await h.user('county-supervisor');
    h.clock.set('2026-02-10T02:00:00Z');
    const input = { regionId: villageA.id, subjectKind: 'MEDIATOR', subjectId: M.blamed, heldAt: '2026-02-09T07:30:00Z', heldBy: '县综治中心常务副主任 张国平', outcome: '已约谈，要求一周内回访三案当事人并书面说明整改情况' };
    const count = async () => (await h.sql(`SELECT count(*)::int AS n FROM supervision.summons`))[0].n;
    expect(errorOf(await h.sup.gql(supervisor, SUMMON, { input: { ...input, heldBy: '  ' } }))).toEqual(['BAD_USER_INPUT', 'input.heldBy']);
    expect(errorOf(await h.sup.gql(supervisor, SUMMON, { input: { ...input, heldAt: '2026-02-11T02:00:00Z' } }))).toEqual(['BAD_USER_INPUT', 'input.heldAt']);
    expect(errorOf(await h.sup.gql(supervisor, SUMMON, { input: { ...input, subjectId: M.elsewhere } }))).toEqual(['FORBIDDEN', 'input.subjectId']);
    expect(errorOf(await h.sup.gql(await h.user('town-a-leader'), SUMMON, { input: { ...input, regionId: townB.id } }))).toEqual(['FORBIDDEN', 'input.regionId']);
    expect(errorOf(await h.sup.gql(await h.user('county-dispatcher'), SUMMON, { input }))).toEqual(['FORBIDDEN', undefined]);
    expect(await count()).toBe(0);

    const ok = await h.sup.gql(supervisor, SUMMON, { input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordSummons).toMatchObject({ subjectKind: 'MEDIATOR', mediator: { id: M.blamed }, department: null, heldAt: '2026-02-09T07:30:00.000Z', unsatisfiedCount: 3 });
    const ledger = await h.sup.gql(supervisor, LEDGER, { r: townA.id, y: 2026, k: 'MEDIATOR' });
    expect(ledger.data!.accountabilityLedger[0].summonses).toEqual([
      { heldAt: '2026-02-09T07:30:00.000Z', heldBy: input.heldBy, outcome: input.outcome, unsatisfiedCount: 3, department: null, mediator: { id: M.blamed } },
    ]);
  });
});

describe('以案定补', () => {
  const Q = `query($r: ID!, $m: String!) { caseSubsidies(regionId: $r, month: $m) { month handled closed amount
    mediators { mediator { id } handled closed amount lines { type handled closed rate amount } } rates { type rate } } }`;

  it('lists each mediator\'s cases of the month with the county rate per type', async () => {
    const mediator = '00000000-0000-4000-8000-0000000e1010';
    const march = (d: number) => new Date(Date.UTC(2025, 2, d, 1));
    await handledCase({ dept: D.good, mediator, type: 'LABOUR_WAGES', accept: march(3), resolveAt: march(10) });
    await handledCase({ dept: D.good, mediator, type: 'LABOUR_WAGES', accept: march(4), resolveAt: march(31) }); // 31 March 09:00 Beijing: March
    await handledCase({ dept: D.good, mediator, type: 'NEIGHBOUR', accept: new Date('2025-02-20T01:00:00Z'), resolveAt: new Date('2025-02-25T01:00:00Z') });
    await handledCase({ dept: D.good, mediator, type: 'MEDICAL', accept: march(20) }); // still in hand
    await handledCase({ dept: D.good, mediator, type: 'MEDICAL', accept: new Date('2025-03-31T17:00:00Z'), resolveAt: new Date('2025-04-01T03:00:00Z') }); // 1 April in Beijing
    await h.settle();
    const r = await h.sup.gql(await h.user('county-supervisor'), Q, { r: villageA.id, m: '2025-03' });
    expect(r.errors).toBeUndefined();
    const mine = r.data!.caseSubsidies.mediators.find((m: { mediator: { id: string } }) => m.mediator.id === mediator);
    expect(mine).toEqual({
      mediator: { id: mediator }, handled: 3, closed: 2, amount: 400,
      lines: [
        { type: 'LABOUR_WAGES', handled: 2, closed: 2, rate: 200, amount: 400 },
        { type: 'MEDICAL', handled: 1, closed: 0, rate: 300, amount: 0 },
      ],
    });
    expect(r.data!.caseSubsidies.rates).toContainEqual({ type: 'NEIGHBOUR', rate: 100 });
    expect(errorOf(await h.sup.gql(await h.user('county-supervisor'), Q, { r: villageA.id, m: '2025-3' }))).toEqual(['BAD_USER_INPUT', 'month']);
    expect(errorOf(await h.sup.gql(await h.user('county-dispatcher'), Q, { r: villageA.id, m: '2025-03' }))).toEqual(['FORBIDDEN', undefined]);
  });
});
