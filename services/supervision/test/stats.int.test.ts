/**
 * Statistics in SQL against the hand-computed fixture (stats-fixture.ts, also checked by stats.test.ts), built the way production
 * builds it: case events in the log (with the overdue flags coming from late settlement and the
 * scheduler, ratings from recordFollowUp), then compared with computeStats AND the hand numbers —
 * through the rollup, through the rows only, and for periods whose bounds cut days in two.
 */
import { RegionRollup1763800004003 } from '../src/store/migrations/1763800004003-RegionRollup';
import { ModeAndLeaderStats1765000004030 } from '../src/store/migrations/1765000004030-ModeAndLeaderStats';
import { computeStats, type StatsRow } from '../src/domain/stats';
import { SERVICE, SimCase, days, hours, plus, startHarness, type Harness } from './harness';
import { FROM, LATER, LED_BY_LEADER, MID, MODE_OF, SPECS, TO, acceptedInFixture, receivedAtOf, type Spec } from './stats-fixture';

// Department uuids in the same order as the fixture's names, so ties sort as in stats.test.ts.
const DEPTS: Record<string, string> = {
  'd-court': '00000000-0000-4000-8000-0000000000d1',
  'd-housing': '00000000-0000-4000-8000-0000000000d2',
  'd-hr': '00000000-0000-4000-8000-0000000000d3',
  'd-justice': '00000000-0000-4000-8000-0000000000d4',
  'd-market': '00000000-0000-4000-8000-0000000000d5',
  'd-petition': '00000000-0000-4000-8000-0000000000d6',
  'd-police': '00000000-0000-4000-8000-0000000000d7',
};

let h: Harness;
const ids = new Map<string, string>();

/** Plays one fixture case through the events the cases subgraph would emit. */
async function play([name, region, channel, type, dept, status, resolved, level, overdue]: Spec): Promise<void> {
  const receivedAt = receivedAtOf(name);
  const mode = MODE_OF[name];
  // Every case starts INSTANT (as the cases subgraph records it), except the legacy one without a mode.
  const c = new SimCase(h, { regionId: '00000000-0000-4000-8000-00000000000a', regionCode: region, channel, type, ...(mode ? { resolutionMode: 'INSTANT' } : {}) });
  ids.set(name, c.id);
  await c.receive(receivedAt);
  if (status === 'REGISTERED') return;
  if (status === 'REJECTED') return void (await c.reject(plus(receivedAt, hours(1))));
  if (status === 'WITHDRAWN') return void (await c.withdraw(plus(receivedAt, hours(1))));
  // Overdue cases run on a 1-day deadline and are settled (or left open) past it; the others have 20 days.
  await c.accept(receivedAt, overdue ? 'SIMPLE' : 'DIFFICULT');
  if (LED_BY_LEADER[name]) await c.update('CASE_LEADER_ASSIGNED', plus(receivedAt, hours(1)), { leaderId: LED_BY_LEADER[name] });
  // The center moves a case up the path while it works on it; a referral sets the route as the mode.
  if (mode === 'PROFESSIONAL' || mode === 'JOINT') await c.update('CASE_RESOLUTION_MODE_CHANGED', plus(receivedAt, hours(1)), { resolutionMode: mode });
  await c.assign(plus(receivedAt, hours(1)), dept ? DEPTS[dept] : null);
  if (status === 'ASSIGNED') return;
  await c.startMediation(plus(receivedAt, hours(2)));
  if (status === 'IN_MEDIATION' && !resolved) return;
  if (resolved) await c.resolve(LATER, level!);
  else await c.update('CASE_REFERRED', LATER, { status: 'REFERRED', resolutionMode: mode ?? undefined });
  if (status === 'CLOSED') await c.close(plus(LATER, hours(1)));
  if (status === 'IN_MEDIATION') {
    // r12: resolved once, reopened, back in mediation (its stale level must not count).
    await c.reopen(plus(LATER, hours(1)));
    await c.startMediation(plus(LATER, hours(2)));
  }
}

beforeAll(async () => {
  h = await startHarness({ clock: new Date('2026-03-25T02:00:00Z') });
  for (const spec of SPECS) await play(spec);
  // The scheduler marks the cases still open past their deadline (r12, r14, x4).
  await h.settle();
  await h.sup.server.runtime.tick();
  // Ratings, through the mutation (as the platform: x1 lies outside the county supervisor's scope).
  for (const [name, , , , , , , , , rating] of SPECS) {
    if (!rating) continue;
    const r = await h.sup.gql(SERVICE, `mutation($id: ID!, $r: Satisfaction!, $c: String) { recordFollowUp(caseId: $id, rating: $r, comment: $c) { rating } }`, {
      id: ids.get(name),
      r: rating,
      c: rating === 'UNSATISFIED' ? '赔偿款至今未到位' : null,
    });
    expect(r.errors).toBeUndefined();
  }
}, 60_000);
afterAll(() => h?.stop());

/** The fixture rows as computeStats sees them (the same ids and department uuids as in the database). */
function fixtureRows(): StatsRow[] {
  return SPECS.map(([name, regionCode, channel, type, dept, status, resolved, resolvedLevel, overdue, rating]) => ({
    caseId: ids.get(name)!,
    regionCode,
    channel,
    type,
    leadDepartmentId: dept ? DEPTS[dept] : null,
    receivedAt: receivedAtOf(name),
    // play() accepts at the moment of receipt.
    acceptedAt: acceptedInFixture(status) ? receivedAtOf(name) : null,
    resolvedAt: resolved ? LATER : null,
    closedAt: status === 'CLOSED' ? LATER : null,
    resolvedLevel,
    status,
    overdue,
    rating,
    resolutionMode: MODE_OF[name] ?? null,
    leaderId: LED_BY_LEADER[name] ?? null,
  }));
}

describe('the read model built from the events', () => {
  it('holds the fixture: statuses, overdue flags and ratings', async () => {
    const rows = await h.sql(`SELECT case_id, status, overdue, rating FROM supervision.case_read`);
    const byId = new Map(rows.map((r) => [r.case_id, r]));
    for (const [name, , , , , status, , , overdue, rating] of SPECS) {
      expect({ name, ...byId.get(ids.get(name)!) }).toEqual({ name, case_id: ids.get(name), status, overdue, rating });
    }
  });

  it('keeps the rollup equal to an aggregation of the rows', async () => {
    const fromRollup = await h.sup.server.runtime.deps.stats.rollupTotals(h.sup.dataSource, '441422', '2026-01-01', '2027-01-01');
    const [fromRows] = await h.sql(`SELECT count(*)::int AS received, count(*) FILTER (WHERE overdue)::int AS overdue, count(rating)::int AS rated
      FROM supervision.case_read WHERE region_code LIKE '441422%'`);
    expect(fromRollup).toMatchObject(fromRows);
  });
});

describe('stats in SQL equal computeStats and the hand-counted numbers', () => {
  const repo = () => h.sup.server.runtime.deps.stats;

  it.each([
    ['through the rollup', true],
    ['through the rows only', false],
  ])('for the county (%s)', async (_, useRollup) => {
    const sql = await repo().stats(h.sup.dataSource, '441422', FROM, TO, { useRollup });
    const { rated, ...expected } = computeStats(fixtureRows(), { regionCode: '441422', from: FROM, to: TO });
    expect(sql).toEqual({ ...expected, rated });
    // The hand numbers of stats.test.ts.
    expect(sql).toMatchObject({ received: 20, accepted: 17, resolved: 13, resolutionRate: 0.7647, closed: 11, closureRate: 0.6471, overdue: 5, rated: 11, satisfactionRate: 0.8182 });
    expect(sql.byLevel).toEqual([
      { level: 'VILLAGE', count: 8, share: 0.6154 },
      { level: 'TOWN', count: 4, share: 0.3077 },
      { level: 'COUNTY', count: 1, share: 0.0769 },
    ]);
    expect(sql.byChannel.map((b) => [b.key, b.received, b.resolved, b.closed])).toEqual([
      ['HOTLINE_12345', 5, 4, 4], ['WINDOW', 5, 3, 2], ['GRID', 4, 4, 3], ['ONLINE', 2, 0, 0], ['POLICE_110', 2, 2, 1], ['COURT', 1, 0, 1], ['PETITION', 1, 0, 0],
    ]);
    expect(sql.byDepartment.map((b) => [b.key, b.received, b.resolutionRate])).toEqual([
      [null, 7, 1], [DEPTS['d-market'], 3, 1], [DEPTS['d-housing'], 2, 0.5], [DEPTS['d-hr'], 2, 0.5], [DEPTS['d-justice'], 2, 1],
      [DEPTS['d-police'], 2, 1], [DEPTS['d-court'], 1, 0], [DEPTS['d-petition'], 1, 0],
    ]);
    expect(sql.byType[0]).toEqual({ key: 'NEIGHBOUR', received: 6, accepted: 5, resolved: 5, resolutionRate: 1, closed: 4, closureRate: 0.8 });
    expect(sql.byResolutionMode.map((b) => [b.key, b.received, b.accepted, b.resolved, b.closed])).toEqual([
      ['INSTANT', 10, 8, 8, 5], ['PROFESSIONAL', 5, 5, 4, 4], ['JOINT', 2, 2, 1, 1], ['ADMINISTRATIVE_REVIEW', 1, 1, 0, 0], ['LITIGATION', 1, 1, 0, 1], [null, 1, 0, 0, 0],
    ]);
    expect(sql.leaderOwned).toEqual({ received: 3, accepted: 3, resolved: 1, resolutionRate: 0.3333, closed: 1, closureRate: 0.3333 });
  });

  it.each([
    ['a town', '441422100', FROM, TO],
    ['a village', '441422100001', FROM, TO],
    ['a period cutting days in two', '441422', plus(FROM, hours(1)), plus(TO, -hours(1))],
    ['a town over a period cutting days in two', '441422200', plus(MID, -hours(3)), plus(MID, days(3))],
    ['a period inside one day', '441422', plus(MID, -hours(1)), plus(MID, hours(1))],
    ['an empty period', '441422', FROM, FROM],
  ])('for %s', async (_, code, from, to) => {
    const expected = computeStats(fixtureRows(), { regionCode: code, from, to });
    expect(await repo().stats(h.sup.dataSource, code, from, to)).toEqual(expected);
    expect(await repo().stats(h.sup.dataSource, code, from, to, { useRollup: false })).toEqual(expected);
  });

  it('serves the same figures through the stats query, with the 631 split', async () => {
    const r = await h.sup.gql(await h.user('county-supervisor'), `query($r: ID!, $f: DateTime!, $t: DateTime!) { stats(regionId: $r, from: $f, to: $t) {
        received resolved resolutionRate closed closureRate overdue rated satisfactionRate byLevel { level share count }
        byChannel { channel received closureRate } byType { type received } byDepartment { department { id } received }
        byResolutionMode { mode received accepted resolutionRate } leaderOwned { received accepted resolved closed closureRate } } }`,
      { r: await h.regionId('441422'), f: FROM.toISOString(), t: TO.toISOString() });
    expect(r.errors).toBeUndefined();
    expect(r.data!.stats).toMatchObject({
      received: 20, resolved: 13, resolutionRate: 0.7647, closed: 11, closureRate: 0.6471, overdue: 5, rated: 11, satisfactionRate: 0.8182,
      byLevel: [{ level: 'VILLAGE', share: 0.6154, count: 8 }, { level: 'TOWN', share: 0.3077, count: 4 }, { level: 'COUNTY', share: 0.0769, count: 1 }],
    });
    expect(r.data!.stats.byChannel[0]).toEqual({ channel: 'HOTLINE_12345', received: 5, closureRate: 0.8 });
    expect(r.data!.stats.byDepartment[0]).toEqual({ department: null, received: 7 });
    expect(r.data!.stats.byDepartment[1]).toEqual({ department: { id: DEPTS['d-market'] }, received: 3 });
    expect(r.data!.stats.byResolutionMode[0]).toEqual({ mode: 'INSTANT', received: 10, accepted: 8, resolutionRate: 1 });
    expect(r.data!.stats.byResolutionMode.at(-1)).toEqual({ mode: null, received: 1, accepted: 0, resolutionRate: 0 });
    expect(r.data!.stats.leaderOwned).toEqual({ received: 3, accepted: 3, resolved: 1, closed: 1, closureRate: 0.3333 });
  });

  it.each([
    ['through the rollup', true],
    ['through the rows only', false],
  ])('splits by town and by month, parts adding up to the whole (%s)', async (_, useRollup) => {
    // February to April: x2 falls in February, x3 in April (both in the county), the 20 in March.
    const from = new Date('2026-01-31T16:00:00Z');
    const to = new Date('2026-04-30T16:00:00Z');
    const sql = await repo().stats(h.sup.dataSource, '441422', from, to, { useRollup });
    const { rated, ...expected } = computeStats(fixtureRows(), { regionCode: '441422', from, to });
    expect(sql).toEqual({ ...expected, rated });
    expect(sql.byRegion.map((r) => [r.key, r.received, r.resolved, r.closed, r.overdue, r.rated, r.satisfactionRate])).toEqual([
      ['441422100', 12, 11, 9, 1, 9, 0.6667], ['441422200', 6, 3, 2, 2, 2, 1], ['', 4, 1, 2, 2, 2, 0.5],
    ]);
    expect(sql.byMonth.map((m) => [m.key, m.received, m.resolved])).toEqual([['2026-02', 1, 1], ['2026-03', 20, 13], ['2026-04', 1, 1]]);
    for (const parts of [sql.byRegion, sql.byMonth]) {
      for (const k of ['received', 'resolved', 'closed', 'overdue', 'rated'] as const) {
        expect([k, parts.reduce((n, p) => n + p[k], 0)]).toEqual([k, sql[k]]);
      }
    }
  });

  it('rebuilds the region, mode and leader cells of the rollup from the rows as the consumer kept them', async () => {
    const cells = `SELECT dim, prefix, day::text, key, received, accepted, resolved, closed, overdue, rated, satisfied FROM supervision.stats_rollup
      WHERE dim IN ('R', 'P', 'L') AND received <> 0 ORDER BY 1, 2, 3, 4`;
    const kept = await h.sql(cells);
    expect(new Set(kept.map((c) => c.dim))).toEqual(new Set(['R', 'P', 'L']));
    await h.sup.server.runtime.deps.readModel.rebuildRollups(h.sup.dataSource);
    expect(await h.sql(cells)).toEqual(kept);
    // The migrations that introduced them fill them the same way on a database that has cases already.
    await h.sql(`DELETE FROM supervision.stats_rollup WHERE dim IN ('R', 'P', 'L')`);
    const runner = h.sup.dataSource.createQueryRunner();
    try {
      await new RegionRollup1763800004003().up(runner);
      await new ModeAndLeaderStats1765000004030().fillCells(runner);
    } finally {
      await runner.release();
    }
    expect(await h.sql(cells)).toEqual(kept);
  });

  it('names the towns as Region entities through the stats query; the county\'s own cases are 本级', async () => {
    const r = await h.sup.gql(await h.user('county-supervisor'), `query($r: ID!, $f: DateTime!, $t: DateTime!) { stats(regionId: $r, from: $f, to: $t) {
        received byRegion { region { id } code own received resolutionRate satisfactionRate } byMonth { month from to received closureRate } } }`,
      { r: await h.regionId('441422'), f: FROM.toISOString(), t: TO.toISOString() });
    expect(r.errors).toBeUndefined();
    expect(r.data!.stats.byRegion).toEqual([
      { region: { id: await h.regionId('441422100') }, code: '441422100', own: false, received: 10, resolutionRate: 1, satisfactionRate: 0.8571 },
      // No such town in grid's register: the figures stay (they add up), the entity is null.
      { region: null, code: '441422200', own: false, received: 6, resolutionRate: 0.6, satisfactionRate: 1 },
      { region: { id: await h.regionId('441422') }, code: '441422', own: true, received: 4, resolutionRate: 0.3333, satisfactionRate: 0.5 },
    ]);
    expect(r.data!.stats.byMonth).toEqual([{ month: '2026-03', from: FROM.toISOString(), to: TO.toISOString(), received: 20, closureRate: 0.6471 }]);
  });

  it('refuses a region outside the caller, an unknown one and a reversed period', async () => {
    const q = `query($r: ID!, $f: DateTime!, $t: DateTime!) { stats(regionId: $r, from: $f, to: $t) { received } }`;
    const townB = await h.user('town-b-operator');
    const code = (r: { errors?: { extensions?: { code?: string; field?: string } }[] }) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];
    const county = await h.regionId('441422');
    // The county is above town B's operator: grid shows it to them, supervision refuses it.
    expect(code(await h.sup.gql(townB, q, { r: county, f: FROM.toISOString(), t: TO.toISOString() }))).toEqual(['FORBIDDEN', 'regionId']);
    expect(code(await h.sup.gql(townB, q, { r: '00000000-0000-4000-8000-000000000000', f: FROM.toISOString(), t: TO.toISOString() }))).toEqual(['NOT_FOUND', undefined]);
    expect(code(await h.sup.gql(townB, q, { r: 'nope', f: FROM.toISOString(), t: TO.toISOString() }))).toEqual(['NOT_FOUND', undefined]);
    const supervisor = await h.user('county-supervisor');
    expect(code(await h.sup.gql(supervisor, q, { r: county, f: TO.toISOString(), t: FROM.toISOString() }))).toEqual(['BAD_USER_INPUT', 'from']);
  });
});
