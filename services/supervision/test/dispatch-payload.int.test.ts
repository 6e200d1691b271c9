/**
 * `_dispatchEvent(cursor)`, the query the gateway runs per pushed event: the event row is read from
 * the log once. For a case the read model does not hold yet (intaken a moment ago), Case.supervision
 * comes from the snapshot that event carries instead of a second read of the log; once the consumer
 * has caught up, it comes from the read model as before.
 */
import { EventLogStore } from '../src/store/event-log-store';
import { SimCase, days, plus, startHarness, type Harness } from './harness';

const T0 = new Date('2026-05-05T01:00:00Z');
const PAYLOAD = `query P($cursor: String!) {
  _dispatchEvent(cursor: $cursor) { cursor kind note case { id supervision { deadlineStarted deadlineAt } } }
}`;

let h: Harness;
let village: { id: string; code: string };

beforeAll(async () => {
  h = await startHarness({ clock: T0 });
  [village] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code LIMIT 1`);
});
afterAll(() => h?.stop());
afterEach(() => jest.restoreAllMocks());

async function lastCursor(caseId: string): Promise<string> {
  const [e] = await h.sql<{ tx: string; id: string }>(
    `SELECT e.tx::text AS tx, e.id::text AS id FROM events.dispatch_event e WHERE e.case_id = $1 ORDER BY e.tx DESC, e.id DESC LIMIT 1`, [caseId]);
  return `${e.tx}_${e.id}`;
}

/** The case ids whose latest snapshot was read from the log (a call with none makes no query). */
const askedOfLog = (spy: jest.SpiedFunction<EventLogStore['latestSnapshots']>) => spy.mock.calls.flatMap(([, ids]) => [...ids]);

describe('the dispatch payload', () => {
  it('reads the event once and shows a case the consumer has not reached from the snapshot the event carries', async () => {
    const c = new SimCase(h, { regionId: village.id, regionCode: village.code });
    await c.receive(T0);
    await c.accept(T0, 'COMPLEX');
    const cursor = await lastCursor(c.id);
    const eventAt = jest.spyOn(EventLogStore.prototype, 'eventAt');
    const latest = jest.spyOn(EventLogStore.prototype, 'latestSnapshots');

    const r = await h.sup.gql(await h.user('county-supervisor'), PAYLOAD, { cursor });
    expect(r.errors).toBeUndefined();
    expect(r.data!._dispatchEvent).toEqual({
      cursor, kind: 'CASE_ACCEPTED', note: null,
      case: { id: c.id, supervision: { deadlineStarted: true, deadlineAt: plus(T0, days(15)).toISOString() } },
    });
    expect(eventAt).toHaveBeenCalledTimes(1);
    expect(askedOfLog(latest)).toEqual([]);
    // The event row and the read model (which does not hold the case yet): no second read of the log.
    expect(r.sqlStatements).toBe(2);
  });

  it('shows a case the read model holds from the read model, still reading the event once', async () => {
    const c = new SimCase(h, { regionId: village.id, regionCode: village.code });
    await c.receive(T0);
    await c.accept(T0, 'GENERAL');
    await h.settle();
    const cursor = await lastCursor(c.id);
    const eventAt = jest.spyOn(EventLogStore.prototype, 'eventAt');
    const latest = jest.spyOn(EventLogStore.prototype, 'latestSnapshots');

    const r = await h.sup.gql(await h.user('county-supervisor'), PAYLOAD, { cursor });
    expect(r.errors).toBeUndefined();
    expect(r.data!._dispatchEvent.case).toEqual({ id: c.id, supervision: { deadlineStarted: true, deadlineAt: plus(T0, days(5)).toISOString() } });
    expect(eventAt).toHaveBeenCalledTimes(1);
    expect(askedOfLog(latest)).toEqual([]);
  });

  it('answers null outside the caller\'s jurisdiction', async () => {
    const c = new SimCase(h, { regionId: village.id, regionCode: village.code });
    await c.receive(T0);
    const r = await h.sup.gql(await h.user('town-b-operator'), PAYLOAD, { cursor: await lastCursor(c.id) });
    expect(r.errors).toBeUndefined();
    expect(r.data!._dispatchEvent).toBeNull();
  });
});
