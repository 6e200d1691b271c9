/**
 * The deadline scheduler with a moved clock: DEADLINE_WARNING and CASE_OVERDUE fire once each per
 * case and deadline — also across a restart and with two instances running at once — with the
 * 督办函 to the lead department; a moved deadline (reopening) gets its own alerts.
 */
import { SimCase, days, hours, plus, startHarness, supervisionEvents, type Harness } from './harness';

const T0 = new Date('2026-03-02T01:00:00Z'); // Monday 09:00 CST
const DEPT = '00000000-0000-4000-8000-00000000d001';

let h: Harness;
let village: { id: string; code: string };

beforeAll(async () => {
  h = await startHarness({ clock: T0 });
  const [v] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code LIMIT 1`);
  village = v;
});
afterAll(() => h?.stop());

/** One scheduler run of the current instance, after the consumer caught up with the log. */
async function tick() {
  await h.settle();
  return h.sup.server.runtime.tick();
}

async function acceptedCase(complexity = 'GENERAL', at = T0): Promise<SimCase> {
  const c = new SimCase(h, { regionId: village.id, regionCode: village.code });
  await c.receive(at);
  await c.accept(at, complexity);
  await c.assign(plus(at, hours(1)), DEPT);
  return c;
}

const SUPERVISION = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id supervision {
  deadlineAt deadlineStarted warningAt state overdue warning warnedAt overdueNotifiedAt letters { number kind to { id } automatic } } } } }`;

describe('deadline alerts with a moved clock', () => {
  let c: SimCase;
  beforeAll(async () => {
    c = await acceptedCase('GENERAL'); // 5 days: warning at day 4, due at day 5
  });

  it('computes the deadline from acceptance and fires nothing before the warning', async () => {
    h.clock.set(plus(T0, days(1)));
    expect(await tick()).toMatchObject({ warnings: 0, overdue: 0, ran: true });
    const supervisor = await h.user('county-supervisor');
    const r = await h.sup.gql(supervisor, SUPERVISION, { r: [{ __typename: 'Case', id: c.id }] });
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities[0].supervision).toMatchObject({
      deadlineAt: '2026-03-07T01:00:00.000Z',
      warningAt: '2026-03-06T01:00:00.000Z',
      deadlineStarted: true,
      state: 'ON_TRACK',
      overdue: false,
      warning: false,
      // The 受理告知单 to the applicant (no department), then the 交办单 of the assignment, to the lead department.
      letters: [
        { number: '大埔综治受〔2026〕1号', kind: 'ACCEPTANCE_NOTICE', to: null, automatic: true },
        { number: '大埔综治交〔2026〕1号', kind: 'ASSIGNMENT', to: { id: DEPT }, automatic: true },
      ],
    });
  });

  it('fires the warning once at 80% of the span', async () => {
    h.clock.set(plus(T0, days(4) + 60_000));
    expect(await tick()).toMatchObject({ warnings: 1, overdue: 0 });
    expect(await tick()).toMatchObject({ warnings: 0, overdue: 0 });
    expect(await supervisionEvents(h, c.id)).toMatchObject({ DEADLINE_WARNING: 1 });
    const r = await h.sup.gql(await h.user('county-supervisor'), SUPERVISION, { r: [{ __typename: 'Case', id: c.id }] });
    expect(r.data!._entities[0].supervision).toMatchObject({ state: 'WARNING', warning: true, warnedAt: plus(T0, days(4) + 60_000).toISOString() });
  });

  it('does not fire it again after a restart (a new instance on the same database)', async () => {
    await h.sup.stop();
    h.sup = await h.startInstance();
    expect(await tick()).toMatchObject({ warnings: 0, overdue: 0, ran: true });
    expect(await supervisionEvents(h, c.id)).toMatchObject({ DEADLINE_WARNING: 1 });
  });

  it('fires the overdue once with two instances ticking at the same time, with one 督办函', async () => {
    const other = await h.startInstance();
    h.clock.set(plus(T0, days(5) + 60_000));
    await h.settle();
    const a = h.sup.server.runtime;
    const b = other.server.runtime;
    const results = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(results.reduce((n, r) => n + r.overdue, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.warnings, 0)).toBe(0);
    // Timer-style ticks (skip when another instance holds the lock) after the fact: nothing more.
    await Promise.all([a.tick(undefined, { wait: false }), b.tick(undefined, { wait: false })]);
    await other.stop();
    expect(await supervisionEvents(h, c.id)).toEqual({ DEADLINE_WARNING: 1, CASE_OVERDUE: 1, SUPERVISION_LETTER: 2 });
    const letters = await h.sql(`SELECT kind, number, to_department_id FROM supervision.letter WHERE case_id = $1 ORDER BY issued_at`, [c.id]);
    expect(letters).toEqual([
      { kind: 'ACCEPTANCE_NOTICE', number: '大埔综治受〔2026〕1号', to_department_id: null },
      { kind: 'ASSIGNMENT', number: '大埔综治交〔2026〕1号', to_department_id: DEPT },
      { kind: 'SUPERVISION', number: '大埔综治督〔2026〕1号', to_department_id: DEPT },
    ]);
    const r = await h.sup.gql(await h.user('county-supervisor'), SUPERVISION, { r: [{ __typename: 'Case', id: c.id }] });
    expect(r.data!._entities[0].supervision).toMatchObject({ state: 'OVERDUE', overdue: true, warning: false, overdueNotifiedAt: plus(T0, days(5) + 60_000).toISOString() });
  });

  it('lists the case on the overdue board until it is resolved; resolved late it stays overdue', async () => {
    const supervisor = await h.user('county-supervisor');
    const county = await h.regionId('441422');
    const board = `query($r: ID!) { overdueCases(regionId: $r, first: 10) { totalCount edges { node { id supervision { state } } } } }`;
    let r = await h.sup.gql(supervisor, board, { r: county });
    expect(r.errors).toBeUndefined();
    expect(r.data!.overdueCases).toEqual({ totalCount: 1, edges: [{ node: { id: c.id, supervision: { state: 'OVERDUE' } } }] });

    await c.startMediation(plus(T0, days(5) + hours(2)));
    await c.resolve(plus(T0, days(5) + hours(3)), 'VILLAGE');
    h.clock.set(plus(T0, days(6)));
    expect(await tick()).toMatchObject({ warnings: 0, overdue: 0 });
    r = await h.sup.gql(supervisor, board, { r: county });
    expect(r.data!.overdueCases.totalCount).toBe(0);
    const s = await h.sup.gql(supervisor, SUPERVISION, { r: [{ __typename: 'Case', id: c.id }] });
    expect(s.data!._entities[0].supervision).toMatchObject({ state: 'STOPPED', overdue: true });
    // …and a 反馈单 for the outcome.
    expect(s.data!._entities[0].supervision.letters.map((l: { kind: string }) => l.kind)).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT', 'SUPERVISION', 'FEEDBACK']);
  });

  it('gives a reopened case a fresh deadline with its own alerts, once each', async () => {
    const reopenedAt = plus(T0, days(7));
    await c.reopen(reopenedAt);
    h.clock.set(plus(reopenedAt, days(4) + 1000));
    expect(await tick()).toMatchObject({ warnings: 1, overdue: 0 });
    h.clock.set(plus(reopenedAt, days(5) + 1000));
    expect(await tick()).toMatchObject({ warnings: 0, overdue: 1 });
    expect(await tick()).toMatchObject({ warnings: 0, overdue: 0 });
    expect(await supervisionEvents(h, c.id)).toMatchObject({ DEADLINE_WARNING: 2, CASE_OVERDUE: 2 });
  });
});

describe('the scheduler over many cases', () => {
  it('fires only the most severe alert for a case found already overdue, and skips settled cases', async () => {
    const start = new Date('2026-04-01T01:00:00Z');
    const late = await acceptedCase('SIMPLE', start); // due start + 1 day
    const done = await acceptedCase('SIMPLE', start);
    await done.startMediation(plus(start, hours(2)));
    await done.resolve(plus(start, hours(3)), 'TOWN');
    h.clock.set(plus(start, days(3)));
    const r = await tick();
    expect(r).toMatchObject({ warnings: 0, overdue: 1 });
    expect(await supervisionEvents(h, late.id)).toMatchObject({ CASE_OVERDUE: 1 });
    expect((await supervisionEvents(h, late.id)).DEADLINE_WARNING).toBeUndefined();
    expect((await supervisionEvents(h, done.id)).CASE_OVERDUE).toBeUndefined();
  });

  it('resolves Case.supervision for a page of 100 cases in a constant number of statements', async () => {
    const start = new Date('2026-05-04T01:00:00Z');
    const cases: SimCase[] = [];
    for (let i = 0; i < 100; i++) {
      const c = new SimCase(h, { regionId: village.id, regionCode: village.code });
      await c.receive(start);
      cases.push(c);
    }
    await h.settle();
    const supervisor = await h.user('county-supervisor');
    const r = await h.sup.gql(supervisor, SUPERVISION.replace('letters {', 'followUp { rating } riskLevel letters {'), {
      r: cases.map((c) => ({ __typename: 'Case', id: c.id })),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities).toHaveLength(100);
    // Not accepted yet: a provisional deadline from receipt (GENERAL), not started.
    expect(r.data!._entities[0].supervision).toMatchObject({ deadlineStarted: false, state: 'NOT_STARTED', deadlineAt: plus(start, days(5)).toISOString() });
    expect(r.sqlStatements).toBeLessThanOrEqual(8);
  });

  it('answers for a case the consumer has not reached yet, from its latest snapshot in the log', async () => {
    const c = new SimCase(h, { regionId: village.id, regionCode: village.code });
    const at = new Date('2026-05-05T01:00:00Z');
    await c.receive(at);
    await c.accept(at, 'COMPLEX');
    const r = await h.sup.gql(await h.user('county-supervisor'), SUPERVISION, { r: [{ __typename: 'Case', id: c.id }] });
    expect(r.data!._entities[0].supervision).toMatchObject({ deadlineStarted: true, deadlineAt: plus(at, days(15)).toISOString(), letters: [] });
    // Out of scope: null, like the cases subgraph.
    const other = await h.sup.gql(await h.user('town-b-operator'), SUPERVISION, { r: [{ __typename: 'Case', id: c.id }] });
    expect(other.data!._entities).toEqual([null]);
  });
});
