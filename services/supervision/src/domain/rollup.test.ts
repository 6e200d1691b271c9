import { RollupDeltas, cellsOf, contributionOf, nextLocalMidnight, planStats, previousLocalMidnight, type RollupRow } from './rollup';

const row = (over: Partial<RollupRow> = {}): RollupRow => ({
  regionCode: '441422100001',
  channel: 'WINDOW',
  type: 'NEIGHBOUR',
  leadDepartmentId: null,
  receivedAt: new Date('2026-03-10T17:30:00Z'), // 2026-03-11 01:30 CST
  acceptedAt: new Date('2026-03-10T18:00:00Z'),
  status: 'ACCEPTED',
  resolvedAt: null,
  resolvedLevel: null,
  overdue: false,
  rating: null,
  resolutionMode: 'INSTANT',
  leaderId: null,
  ...over,
});

describe('contributionOf', () => {
  it('follows the definitions of stats.ts', () => {
    expect(contributionOf(row())).toEqual({ received: 1, accepted: 1, resolved: 0, closed: 0, overdue: 0, rated: 0, satisfied: 0, village: 0, town: 0, county: 0 });
    expect(contributionOf(row({ status: 'CLOSED', resolvedAt: new Date(), resolvedLevel: 'GRID', rating: 'BASICALLY_SATISFIED', overdue: true }))).toEqual({
      received: 1, accepted: 1, resolved: 1, closed: 1, overdue: 1, rated: 1, satisfied: 1, village: 1, town: 0, county: 0,
    });
    // Closed after referral: closed, not resolved; a stale level of a reopened case counts nowhere.
    expect(contributionOf(row({ status: 'CLOSED', resolvedLevel: 'TOWN', rating: 'UNSATISFIED' }))).toMatchObject({ resolved: 0, closed: 1, town: 0, rated: 1, satisfied: 0 });
    expect(contributionOf(row({ status: 'IN_MEDIATION', resolvedAt: new Date(), resolvedLevel: 'TOWN' }))).toMatchObject({ resolved: 0, town: 0 });
    // Received but never accepted (rejected, or withdrawn before acceptance): not in 受理量.
    expect(contributionOf(row({ status: 'REJECTED', acceptedAt: null }))).toMatchObject({ received: 1, accepted: 0 });
    expect(contributionOf(row({ status: 'WITHDRAWN', acceptedAt: null }))).toMatchObject({ received: 1, accepted: 0 });
    // Withdrawn after acceptance: it was accepted.
    expect(contributionOf(row({ status: 'WITHDRAWN' }))).toMatchObject({ received: 1, accepted: 1 });
  });
});

describe('cellsOf', () => {
  it('rolls a village case up under its county and town, on its local day, with its town and village as child regions', () => {
    expect(cellsOf(row({ leadDepartmentId: 'd1' }))).toEqual([
      { prefix: '441422', day: '2026-03-11', dim: 'C', key: 'WINDOW' },
      { prefix: '441422', day: '2026-03-11', dim: 'T', key: 'NEIGHBOUR' },
      { prefix: '441422', day: '2026-03-11', dim: 'D', key: 'd1' },
      { prefix: '441422', day: '2026-03-11', dim: 'R', key: '441422100' },
      { prefix: '441422', day: '2026-03-11', dim: 'P', key: 'INSTANT' },
      { prefix: '441422', day: '2026-03-11', dim: 'L', key: '' },
      { prefix: '441422100', day: '2026-03-11', dim: 'C', key: 'WINDOW' },
      { prefix: '441422100', day: '2026-03-11', dim: 'T', key: 'NEIGHBOUR' },
      { prefix: '441422100', day: '2026-03-11', dim: 'D', key: 'd1' },
      { prefix: '441422100', day: '2026-03-11', dim: 'R', key: '441422100001' },
      { prefix: '441422100', day: '2026-03-11', dim: 'P', key: 'INSTANT' },
      { prefix: '441422100', day: '2026-03-11', dim: 'L', key: '' },
    ]);
    // A leader's case, in joint mediation: its mode and LEADER_OWNED keys; no mode recorded is ''.
    expect(cellsOf(row({ regionCode: '441422', resolutionMode: 'JOINT', leaderId: 'u1' })).filter((c) => c.dim === 'P' || c.dim === 'L').map((c) => c.key)).toEqual(['JOINT', 'LED']);
    expect(cellsOf(row({ regionCode: '441422', resolutionMode: null })).find((c) => c.dim === 'P')!.key).toBe('');
    // A grid's case counts under its town (county cell) and village (town cell).
    expect(cellsOf(row({ regionCode: '441422100001002' })).filter((c) => c.dim === 'R').map((c) => c.key)).toEqual(['441422100', '441422100001']);
    // A case registered at the county itself: only county cells, its own region the '' child (本级).
    expect(cellsOf(row({ regionCode: '441422' })).map((c) => [c.prefix, c.dim, c.dim === 'R' ? c.key : '-'])).toEqual([
      ['441422', 'C', '-'], ['441422', 'T', '-'], ['441422', 'D', '-'], ['441422', 'R', ''], ['441422', 'P', '-'], ['441422', 'L', '-'],
    ]);
  });
});

describe('RollupDeltas', () => {
  it('moves a contribution between cells and drops cells that net to zero', () => {
    const d = new RollupDeltas();
    const before = row();
    const after = row({ status: 'RESOLVED', resolvedLevel: 'VILLAGE', leadDepartmentId: 'd1' });
    d.move(before, after);
    const entries = d.entries();
    // Channel and type cells: same key, +1 resolved, +1 village; department cells: '' −1, 'd1' +1.
    const c = entries.find((e) => e.cell.prefix === '441422' && e.cell.dim === 'C')!;
    expect(c.counters).toMatchObject({ received: 0, accepted: 0, resolved: 1, village: 1 });
    const none = entries.find((e) => e.cell.prefix === '441422' && e.cell.dim === 'D' && e.cell.key === '')!;
    expect(none.counters).toMatchObject({ received: -1, accepted: -1, resolved: 0 });
    const d1 = entries.find((e) => e.cell.prefix === '441422' && e.cell.dim === 'D' && e.cell.key === 'd1')!;
    expect(d1.counters).toMatchObject({ received: 1, accepted: 1, resolved: 1 });
    // Sorted by the primary key (prefix, day, dim, key): the lock order of every writer.
    const keys = entries.map((e) => [e.cell.prefix, e.cell.day, e.cell.dim, e.cell.key]);
    const byTuple = (a: string[], b: string[]) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1; return 0; };
    expect(keys).toEqual([...keys].sort(byTuple));

    const noop = new RollupDeltas();
    noop.move(before, { ...before });
    expect(noop.entries()).toEqual([]);
  });

  it('absorbs another batch', () => {
    const a = new RollupDeltas();
    const b = new RollupDeltas();
    a.move(null, row());
    b.move(null, row());
    a.absorb(b);
    expect(a.entries()[0].counters.received).toBe(2);
  });
});

describe('planStats', () => {
  const from = new Date('2026-02-28T16:00:00Z'); // 2026-03-01 00:00 CST
  const to = new Date('2026-03-31T16:00:00Z'); // 2026-04-01 00:00 CST

  it('reads whole local days from the rollup and nothing else for aligned bounds', () => {
    expect(planStats('441422', from, to)).toEqual({ rollup: { prefix: '441422', fromDay: '2026-03-01', toDay: '2026-04-01' }, rows: [] });
  });

  it('reads the partial days at both ends from the rows', () => {
    const f = new Date('2026-03-01T03:00:00Z');
    const t = new Date('2026-03-20T05:00:00Z');
    expect(planStats('441422100', f, t)).toEqual({
      rollup: { prefix: '441422100', fromDay: '2026-03-02', toDay: '2026-03-20' },
      rows: [
        { from: f, to: new Date('2026-03-01T16:00:00Z') },
        { from: new Date('2026-03-19T16:00:00Z'), to: t },
      ],
    });
  });

  it('reads villages, short periods and unrolled requests from the rows only', () => {
    expect(planStats('441422100001', from, to).rollup).toBeNull();
    expect(planStats('441422', new Date('2026-03-01T01:00:00Z'), new Date('2026-03-01T09:00:00Z')).rollup).toBeNull();
    expect(planStats('441422', from, to, false)).toEqual({ rollup: null, rows: [{ from, to }] });
  });

  it('finds local midnights', () => {
    expect(nextLocalMidnight(new Date('2026-03-01T15:59:59Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(nextLocalMidnight(new Date('2026-03-01T16:00:00Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(previousLocalMidnight(new Date('2026-03-01T15:59:59Z')).toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });
});
