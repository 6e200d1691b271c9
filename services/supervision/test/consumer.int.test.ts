/**
 * The read-model consumer: supervision catches up after it was stopped while cases kept changing,
 * without missing or double-counting an event; two instances consuming at once apply every event
 * once; a bad event is set aside instead of blocking the log; with jobs on, LISTEN wakes it.
 */
import { SimCase, days, hours, plus, startHarness, supervisionEvents, type Harness } from './harness';

const T0 = new Date('2026-06-01T01:00:00Z');
const DEPT = '00000000-0000-4000-8000-00000000d00a';

let h: Harness;
let village: { id: string; code: string };

beforeAll(async () => {
  h = await startHarness({ clock: T0 });
  [village] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code DESC LIMIT 1`);
});
afterAll(() => h?.stop());

const newCase = () => new SimCase(h, { regionId: village.id, regionCode: village.code });
const letterKinds = async (caseId: string) =>
  (await h.sql(`SELECT kind FROM supervision.letter WHERE case_id = $1 ORDER BY issued_at, number`, [caseId])).map((r) => r.kind);

describe('catching up', () => {
  it('applies what happened while supervision was stopped, once', async () => {
    const a = newCase();
    await a.receive(T0);
    await a.accept(T0, 'GENERAL');
    await a.assign(plus(T0, hours(1)), DEPT);
    await h.settle();
    expect(await letterKinds(a.id)).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT']);

    // Supervision goes down; cases keeps working.
    await h.sup.stop();
    await a.startMediation(plus(T0, hours(2)));
    await a.resolve(plus(T0, hours(3)), 'VILLAGE');
    await a.close(plus(T0, hours(4)));
    const b = newCase();
    await b.receive(plus(T0, hours(5)));
    await b.accept(plus(T0, hours(5)), 'SIMPLE');
    await b.assign(plus(T0, hours(6)), DEPT);

    // A new instance picks up where the old one stopped.
    h.sup = await h.startInstance();
    await h.settle();
    const rows = await h.sql(`SELECT case_id, status, lead_department_id FROM supervision.case_read WHERE case_id = ANY($1) ORDER BY received_at`, [[a.id, b.id]]);
    expect(rows).toEqual([
      { case_id: a.id, status: 'CLOSED', lead_department_id: DEPT },
      { case_id: b.id, status: 'ASSIGNED', lead_department_id: DEPT },
    ]);
    expect(await letterKinds(a.id)).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT', 'FEEDBACK']);
    expect(await letterKinds(b.id)).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT']);
    expect(await supervisionEvents(h, a.id)).toEqual({ SUPERVISION_LETTER: 2 });
    const [deadline] = await h.sql(`SELECT open, settled_at FROM supervision.deadline WHERE case_id = $1`, [a.id]);
    expect(deadline).toEqual({ open: false, settled_at: plus(T0, hours(3)) });

    // Draining again (or in another instance) changes nothing.
    const other = await h.startInstance();
    expect((await other.server.runtime.drain()).consumed).toBe(0);
    await other.stop();
    expect(await letterKinds(a.id)).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT', 'FEEDBACK']);
  });

  it('counts every case once in the statistics after a catch-up across instances', async () => {
    const first = h.sup;
    const second = await h.startInstance();
    const cases = Array.from({ length: 30 }, newCase);
    const at = plus(T0, days(2));
    for (const c of cases) await c.receive(at);
    for (const c of cases.slice(0, 20)) await c.accept(at, 'GENERAL');
    // Both instances consume at the same time.
    await Promise.all([first.server.runtime.drain(), second.server.runtime.drain(), first.server.runtime.drain(), second.server.runtime.drain()]);
    await h.settle(second);
    await second.stop();
    const stats = await h.sup.server.runtime.deps.stats.stats(h.sup.dataSource, village.code, at, plus(at, 1));
    expect(stats.received).toBe(30);
    const [rollup] = await h.sql(`SELECT sum(received)::int AS n FROM supervision.stats_rollup WHERE prefix = $1 AND dim = 'C'`, [village.code.slice(0, 6)]);
    const [rowsCount] = await h.sql(`SELECT count(*)::int AS n FROM supervision.case_read WHERE region_code LIKE $1`, [`${village.code.slice(0, 6)}%`]);
    expect(rollup.n).toBe(rowsCount.n);
  });
});

describe('a case first seen in an accepted state', () => {
  it('gets its row and its deadline from that one event', async () => {
    const c = newCase();
    const at = plus(T0, days(1));
    await c.update('CASE_ACCEPTED', at, { status: 'ACCEPTED', complexity: 'SIMPLE', receivedAt: at.toISOString(), acceptedAt: at.toISOString() });
    await h.settle();
    const [d] = await h.sql(`SELECT deadline_at, open FROM supervision.deadline WHERE case_id = $1`, [c.id]);
    expect(d).toEqual({ deadline_at: plus(at, days(1)), open: true });
  });
});

describe('a bad event', () => {
  it('is set aside with its error and the consumer moves on', async () => {
    const c = newCase();
    await c.receive(T0);
    // A snapshot with an unknown complexity on acceptance: deadlineFor rejects it.
    await c.update('CASE_ACCEPTED', plus(T0, hours(1)), { status: 'ACCEPTED', complexity: 'HUGE', acceptedAt: plus(T0, hours(1)).toISOString() });
    await c.update('CASE_ACCEPTED', plus(T0, hours(2)), { complexity: 'SIMPLE' });
    await h.settle();
    const errors = await h.sql(`SELECT kind, case_id FROM supervision.consumer_error`);
    expect(errors).toEqual([{ kind: 'CASE_ACCEPTED', case_id: c.id }]);
    const [row] = await h.sql(`SELECT complexity FROM supervision.case_read WHERE case_id = $1`, [c.id]);
    expect(row.complexity).toBe('SIMPLE');
  });
});

describe('with background jobs on', () => {
  it('is woken by LISTEN/NOTIFY and stops cleanly', async () => {
    await h.sup.stop();
    h.sup = await h.startInstance({ jobs: true, config: { supervision: { consumerIntervalMs: 60_000, schedulerIntervalMs: 60_000 } } });
    const c = newCase();
    await c.receive(plus(T0, days(3)));
    const until = Date.now() + 10_000;
    let rows: unknown[] = [];
    while (Date.now() < until) {
      rows = await h.sql(`SELECT 1 FROM supervision.case_read WHERE case_id = $1`, [c.id]);
      if (rows.length) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(rows).toHaveLength(1);
    await h.sup.stop();
  });
});
