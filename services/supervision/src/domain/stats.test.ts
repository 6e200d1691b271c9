import { DomainError } from '@zz/common';
import { MAX_SERIES_MONTHS, type StatsRow, childCodeOf, computeStats, isResolved, localMonth, monthSeries, rate, shareLevelOf } from './stats';
import { FROM, LATER, LED_BY_LEADER, MID, MODE_OF, SPECS, TO, acceptedInFixture, receivedAtOf, type Spec } from '../../test/stats-fixture';

const row = ([caseId, regionCode, channel, type, leadDepartmentId, status, resolved, resolvedLevel, overdue, rating]: Spec, receivedAt = MID): StatsRow => ({
  caseId,
  regionCode,
  channel,
  type,
  leadDepartmentId,
  receivedAt,
  // As stats.int.test.ts plays it: r18 is withdrawn before acceptance, r17 rejected, r20 still waiting.
  acceptedAt: acceptedInFixture(status) ? receivedAt : null,
  resolvedAt: resolved ? LATER : null,
  closedAt: status === 'CLOSED' ? LATER : null,
  resolvedLevel,
  status,
  overdue,
  rating,
  resolutionMode: MODE_OF[caseId] ?? null,
  leaderId: LED_BY_LEADER[caseId] ?? null,
});

// The fixture (20 cases of county 441422 received in March, and 4 that must be left out): test/stats-fixture.ts.
const ROWS: StatsRow[] = SPECS.map((s) => row(s, receivedAtOf(s[0])));

// received (登记) and accepted (受理) differ by r17 (rejected), r18 (withdrawn before acceptance) and r20 (waiting);
// the rates are over accepted.
const b = (key: string | null, received: number, accepted: number, resolved: number, resolutionRate: number, closed: number, closureRate: number) => ({
  key, received, accepted, resolved, resolutionRate, closed, closureRate,
});

describe('computeStats over the hand-counted fixture', () => {
  const county = computeStats(ROWS, { regionCode: '441422', from: FROM, to: TO });

  it('counts received, accepted, resolved, closed, overdue and the rates (over accepted) for the county', () => {
    expect(county.received).toBe(20);
    // all but r17 (rejected), r18 (withdrawn before acceptance), r20 (still waiting)
    expect(county.accepted).toBe(17);
    // r01–r09, r13, r15, r16, r19
    expect(county.resolved).toBe(13);
    expect(county.resolutionRate).toBe(0.7647); // 13 / 17
    // r01 r02 r04 r05 r06 r08 r09 r11 r15 r16 r19
    expect(county.closed).toBe(11);
    expect(county.closureRate).toBe(0.6471); // 11 / 17
    // r06 r09 r10 r12 r14
    expect(county.overdue).toBe(5);
  });

  it('computes satisfaction over rated cases only', () => {
    // rated: r01 r02 r04 r05 r06 r08 r09 r11 r15 r16 r19 = 11; unsatisfied: r06 r11 → 9/11
    expect(county.rated).toBe(11);
    expect(county.satisfactionRate).toBe(0.8182);
  });

  it('splits resolved cases 631-style, grid counting as village', () => {
    // village: r01(G) r02(G) r03 r04 r08 r13 r16(G) r19(G) = 8; town: r05 r06 r07 r15 = 4; county: r09 = 1
    expect(county.byLevel).toEqual([
      { level: 'VILLAGE', count: 8, share: 0.6154 },
      { level: 'TOWN', count: 4, share: 0.3077 },
      { level: 'COUNTY', count: 1, share: 0.0769 },
    ]);
  });

  it('breaks down by channel, ordered by received then key', () => {
    expect(county.byChannel).toEqual([
      b('HOTLINE_12345', 5, 5, 4, 0.8, 4, 0.8), //  r04 r05 r06 r12 r15
      b('WINDOW', 5, 3, 3, 1, 2, 0.6667), //        r01 r09 r13 r17 r20; accepted r01 r09 r13
      b('GRID', 4, 4, 4, 1, 3, 0.75), //            r02 r03 r16 r19
      b('ONLINE', 2, 1, 0, 0, 0, 0), //             r14 r18; accepted r14
      b('POLICE_110', 2, 2, 2, 1, 1, 0.5), //       r07 r08
      b('COURT', 1, 1, 0, 0, 1, 1), //              r11
      b('PETITION', 1, 1, 0, 0, 0, 0), //           r10
    ]);
  });

  it('breaks down by dispute type', () => {
    expect(county.byType).toEqual([
      b('NEIGHBOUR', 6, 5, 5, 1, 4, 0.8), //               r01 r02 r08 r13 r18 r19; accepted all but r18
      b('CONSUMER', 3, 3, 3, 1, 3, 1), //                  r05 r06 r15
      b('MARRIAGE_FAMILY', 3, 2, 2, 1, 1, 0.5), //         r03 r16 r20; accepted r03 r16
      b('DEBT', 2, 1, 0, 0, 1, 1), //                      r11 r17; accepted r11
      b('LABOUR_WAGES', 2, 2, 1, 0.5, 1, 0.5), //          r09 r12
      b('PROPERTY_MANAGEMENT', 2, 2, 1, 0.5, 1, 0.5), //   r04 r14
      b('LAND', 1, 1, 0, 0, 0, 0), //                      r10
      b('TRAFFIC_ACCIDENT', 1, 1, 1, 1, 0, 0), //          r07
    ]);
  });

  it('breaks down by lead department, cases without one under a null key', () => {
    expect(county.byDepartment).toEqual([
      b(null, 7, 4, 4, 1, 3, 0.75), //            r02 r03 r16 r17 r18 r19 r20; accepted r02 r03 r16 r19
      b('d-market', 3, 3, 3, 1, 3, 1), //         r05 r06 r15
      b('d-housing', 2, 2, 1, 0.5, 1, 0.5), //    r04 r14
      b('d-hr', 2, 2, 1, 0.5, 1, 0.5), //         r09 r12
      b('d-justice', 2, 2, 2, 1, 1, 0.5), //      r01 r13
      b('d-police', 2, 2, 2, 1, 1, 0.5), //       r07 r08
      b('d-court', 1, 1, 0, 0, 1, 1), //          r11
      b('d-petition', 1, 1, 0, 0, 0, 0), //       r10
    ]);
  });

  it('breaks down by resolution mode (化解方式), a case without a recorded mode under a null key', () => {
    expect(county.byResolutionMode).toEqual([
      b('INSTANT', 10, 8, 8, 1, 5, 0.625), //          r01 r02 r03 r07 r08 r13 r16 r17 r19 r20; accepted all but r17 r20
      b('PROFESSIONAL', 5, 5, 4, 0.8, 4, 0.8), //     r04 r05 r06 r14 r15
      b('JOINT', 2, 2, 1, 0.5, 1, 0.5), //            r09 r12
      b('ADMINISTRATIVE_REVIEW', 1, 1, 0, 0, 0, 0), // r10 (referred)
      b('LITIGATION', 1, 1, 0, 0, 1, 1), //           r11 (referred, then closed)
      b(null, 1, 0, 0, 0, 0, 0), //                   r18 (withdrawn before acceptance; no mode recorded)
    ]);
  });

  it('counts the cases a leader leads (领导包案) and their closure', () => {
    // r09 (resolved and closed), r10 (referred), r12 (reopened, back in mediation); x4 lies outside.
    expect(county.leaderOwned).toEqual({ received: 3, accepted: 3, resolved: 1, resolutionRate: 0.3333, closed: 1, closureRate: 0.3333 });
    expect(computeStats(ROWS, { regionCode: '441422100', from: FROM, to: TO }).leaderOwned).toEqual({
      received: 0, accepted: 0, resolved: 0, resolutionRate: 0, closed: 0, closureRate: 0,
    });
  });

  it('adds the breakdowns up to the totals', () => {
    for (const list of [county.byChannel, county.byType, county.byDepartment, county.byResolutionMode]) {
      expect(list.reduce((n, x) => n + x.received, 0)).toBe(county.received);
      expect(list.reduce((n, x) => n + x.accepted, 0)).toBe(county.accepted);
      expect(list.reduce((n, x) => n + x.resolved, 0)).toBe(county.resolved);
      expect(list.reduce((n, x) => n + x.closed, 0)).toBe(county.closed);
    }
  });

  it('limits a town to its own subtree', () => {
    // town A: r01–r08, r18, r19
    const townA = computeStats(ROWS, { regionCode: '441422100', from: FROM, to: TO });
    expect(townA).toMatchObject({
      received: 10,
      accepted: 9, // all but r18
      resolved: 9, // all but r18
      resolutionRate: 1,
      closed: 7, // r01 r02 r04 r05 r06 r08 r19
      closureRate: 0.7778, // 7 / 9
      overdue: 1, // r06
      rated: 7, // r01 r02 r04 r05 r06 r08 r19; unsatisfied r06 → 6/7
      satisfactionRate: 0.8571,
      byLevel: [
        { level: 'VILLAGE', count: 6, share: 0.6667 },
        { level: 'TOWN', count: 3, share: 0.3333 },
        { level: 'COUNTY', count: 0, share: 0 },
      ],
    });
  });

  it('limits a village to its own cases', () => {
    const village = computeStats(ROWS, { regionCode: '441422100001', from: FROM, to: TO });
    expect(village.received).toBe(3); // r01 r02 r08
    expect(village.resolutionRate).toBe(1);
    expect(village.byLevel[0]).toEqual({ level: 'VILLAGE', count: 3, share: 1 });
  });
});

describe('byRegion and byMonth over the hand-counted fixture', () => {
  const county = computeStats(ROWS, { regionCode: '441422', from: FROM, to: TO });
  const m = (key: string, received: number, accepted: number, resolved: number, closed: number, overdue: number, rated: number, satisfactionRate: number | null) => ({
    key, received, accepted, resolved, resolutionRate: rate(resolved, accepted), closed, closureRate: rate(closed, accepted), overdue, rated, satisfactionRate,
  });

  it('splits the county by town, its own registrations (本级) as the \'\' entry', () => {
    expect(county.byRegion).toEqual([
      // r01–r08 r18 r19: resolved all but r18; closed r01 r02 r04 r05 r06 r08 r19; overdue r06; rated 7, unsatisfied r06
      m('441422100', 10, 9, 9, 7, 1, 7, 0.8571), // accepted: all but r18
      // r12–r17: resolved r13 r15 r16; closed r15 r16; overdue r12 r14; rated r15 r16
      m('441422200', 6, 5, 3, 2, 2, 2, 1), // accepted: all but r17
      // r09 r10 r11 r20: resolved r09; closed r09 r11; overdue r09 r10; rated r09 r11 (r11 unsatisfied)
      m('', 4, 3, 1, 2, 2, 2, 0.5), // accepted: all but r20
    ]);
  });

  it('splits a town by village, and a village by grid', () => {
    const town = computeStats(ROWS, { regionCode: '441422100', from: FROM, to: TO });
    expect(town.byRegion.map((r) => [r.key, r.received])).toEqual([['441422100001', 3], ['', 3], ['441422100002', 2], ['441422100003', 2]]);
    const grid = [...ROWS, row(['g1', '441422100001007', 'GRID', 'NEIGHBOUR', null, 'ACCEPTED', false, null, false, null])];
    const village = computeStats(grid, { regionCode: '441422100001', from: FROM, to: TO });
    expect(village.byRegion.map((r) => [r.key, r.received])).toEqual([['', 3], ['441422100001007', 1]]);
  });

  it('adds the parts up to the whole, by region and by month', () => {
    const wide = computeStats(ROWS, { regionCode: '441422', from: new Date('2026-01-31T16:00:00Z'), to: new Date('2026-04-30T16:00:00Z') });
    for (const s of [county, wide]) {
      for (const parts of [s.byRegion, s.byMonth]) {
        for (const k of ['received', 'accepted', 'resolved', 'closed', 'overdue', 'rated'] as const) {
          expect([k, parts.reduce((n, p) => n + p[k], 0)]).toEqual([k, s[k]]);
        }
      }
    }
    // February: x2 (a millisecond before March); March: the 20; April: x3 (at 04-01 00:00 CST).
    expect(wide.byMonth.map((x) => [x.key, x.received, x.from.toISOString(), x.to.toISOString()])).toEqual([
      ['2026-02', 1, '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
      ['2026-03', 20, '2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
      ['2026-04', 1, '2026-03-31T16:00:00.000Z', '2026-04-30T16:00:00.000Z'],
    ]);
  });
});

describe('childCodeOf, localMonth and monthSeries', () => {
  it('finds the next level of the nested codes', () => {
    expect(childCodeOf('441422100001', '441422')).toBe('441422100');
    expect(childCodeOf('441422100', '441422')).toBe('441422100');
    expect(childCodeOf('441422', '441422')).toBe('');
    expect(childCodeOf('441422100001002', '441422100001')).toBe('441422100001002');
  });

  it('takes the month in China Standard Time', () => {
    expect(localMonth(new Date('2026-03-31T15:59:59.999Z'))).toBe('2026-03');
    expect(localMonth(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04');
  });

  it('lists every month of the period, cut to the period at both ends, across a year end', () => {
    const from = new Date('2025-11-15T00:00:00Z');
    const to = new Date('2026-02-10T00:00:00Z');
    const s = monthSeries(from, to, new Map());
    expect(s.map((x) => x.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(s[0].from).toEqual(from);
    expect(s[1].from.toISOString()).toBe('2025-11-30T16:00:00.000Z');
    expect(s[3].to).toEqual(to);
    expect(monthSeries(from, from, new Map())).toEqual([]);
  });

  it('lists only the months with cases (and those between) for a period longer than the cap', () => {
    const from = new Date('1990-01-01T00:00:00Z');
    const to = new Date('2030-01-01T00:00:00Z');
    expect(MAX_SERIES_MONTHS).toBe(240);
    const rows = [row(SPECS[0], new Date('2026-01-10T00:00:00Z')), row(SPECS[1], new Date('2026-03-10T00:00:00Z'))];
    const s = computeStats(rows, { regionCode: '441422', from, to });
    expect(s.byMonth.map((x) => [x.key, x.received])).toEqual([['2026-01', 1], ['2026-02', 0], ['2026-03', 1]]);
    expect(computeStats([], { regionCode: '441422', from, to }).byMonth).toEqual([]);
  });
});

describe('computeStats edge cases', () => {
  it('gives zeros and a null satisfaction rate when nothing was received', () => {
    const s = computeStats([], { regionCode: '441422', from: FROM, to: TO });
    expect(s).toEqual({
      received: 0,
      accepted: 0,
      resolved: 0,
      resolutionRate: 0,
      closed: 0,
      closureRate: 0,
      overdue: 0,
      rated: 0,
      satisfactionRate: null,
      byLevel: [
        { level: 'VILLAGE', count: 0, share: 0 },
        { level: 'TOWN', count: 0, share: 0 },
        { level: 'COUNTY', count: 0, share: 0 },
      ],
      byChannel: [],
      byType: [],
      byDepartment: [],
      byResolutionMode: [],
      leaderOwned: { received: 0, accepted: 0, resolved: 0, resolutionRate: 0, closed: 0, closureRate: 0 },
      byRegion: [],
      // The trend keeps its empty month.
      byMonth: [{ key: '2026-03', from: FROM, to: TO, received: 0, accepted: 0, resolved: 0, resolutionRate: 0, closed: 0, closureRate: 0, overdue: 0, rated: 0, satisfactionRate: null }],
    });
  });

  it('keeps satisfaction null when cases were received but none rated', () => {
    const s = computeStats([row(SPECS[2])], { regionCode: '441422', from: FROM, to: TO });
    expect(s.satisfactionRate).toBeNull();
    expect(s.resolutionRate).toBe(1);
  });

  it('counts a resolved case without a level as resolved but in no 631 bucket', () => {
    const rows = [row(SPECS[2]), row(['n1', '441422', 'WINDOW', 'DEBT', null, 'RESOLVED', true, null, false, null])];
    const s = computeStats(rows, { regionCode: '441422', from: FROM, to: TO });
    expect(s.resolved).toBe(2);
    expect(s.byLevel.map((l) => l.share)).toEqual([0.5, 0, 0]);
  });

  it('counts a RESOLVED status as resolved even without a resolvedAt (the status is authoritative)', () => {
    expect(isResolved({ status: 'RESOLVED', resolvedAt: null })).toBe(true);
    expect(isResolved({ status: 'CLOSED', resolvedAt: null })).toBe(false);
    expect(isResolved({ status: 'REFERRED', resolvedAt: LATER })).toBe(false);
    expect(isResolved({ status: 'IN_MEDIATION', resolvedAt: LATER })).toBe(false);
  });

  it('allows an empty period and rejects a reversed one or a missing region', () => {
    expect(computeStats(ROWS, { regionCode: '441422', from: FROM, to: FROM }).received).toBe(0);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return [(e as DomainError).code, (e as DomainError).field];
      }
      return null;
    };
    expect(code(() => computeStats(ROWS, { regionCode: '441422', from: TO, to: FROM }))).toEqual(['BAD_USER_INPUT', 'from']);
    expect(code(() => computeStats(ROWS, { regionCode: ' ', from: FROM, to: TO }))).toEqual(['BAD_USER_INPUT', 'regionId']);
    expect(code(() => computeStats(ROWS, { regionCode: '441422', from: new Date('x'), to: TO }))).toEqual(['BAD_USER_INPUT', 'from']);
  });
});

describe('rate', () => {
  it.each([
    [0, 0, 0],
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [1, 8, 0.125],
    [958, 1000, 0.958],
    [1, 20000, 0.0001], // exactly half of the last digit rounds up, like SQL ROUND on numeric
    [3, 20000, 0.0002],
    [609, 609, 1],
  ])('rate(%i, %i) = %p', (n, d, expected) => {
    expect(rate(n, d)).toBe(expected);
  });
});

describe('shareLevelOf', () => {
  it('counts a grid as the village (小事不出村)', () => {
    expect(shareLevelOf('GRID')).toBe('VILLAGE');
    expect(shareLevelOf('TOWN')).toBe('TOWN');
  });
});
