import { GraphQLError, type ExecutionResult } from 'graphql';
import { comparePositions, encodeCursor, type Position, type StoredEvent } from '@zz/events';
import type { TailSink } from './log-tail';
import { DispatchStream, type ReplayRead, type StreamOptions } from './stream';
import type { Outcome } from './executor';

/** A log in memory and a tail over it that the test drives by hand. */
class FakeTail {
  sinks = new Set<TailSink>();
  position: Position = { tx: '100', id: '0' };
  async register(sink: TailSink): Promise<Position> {
    this.sinks.add(sink);
    return this.position;
  }
  unregister(sink: TailSink): void {
    this.sinks.delete(sink);
  }
  emit(e: StoredEvent): void {
    this.position = e;
    for (const s of this.sinks) s.offer(e);
  }
}

let nextId = 1;
function event(tx: number, over: Partial<StoredEvent> = {}): StoredEvent {
  const id = String(nextId++);
  return {
    cursor: encodeCursor({ tx: String(tx), id }), tx: String(tx), id, kind: 'CASE_RECEIVED', occurredAt: new Date(), source: 't',
    regionId: 'r', regionCode: '441422001', caseId: null, patrolTaskId: null, gridReportId: null, appointmentId: null, letterId: null, actorId: null,
    data: {} as StoredEvent<'CASE_RECEIVED'>['data'], ...over,
  } as StoredEvent;
}

function logRead(log: StoredEvent[], gate?: () => Promise<void>): ReplayRead {
  return async (after, limit, until, filter) => {
    await gate?.();
    return log.filter((e) => comparePositions(e, after) > 0 && comparePositions(e, until) <= 0 && e.regionCode.startsWith(filter.regionPrefix)
      && (!filter.kinds || filter.kinds.includes(e.kind))).slice(0, limit);
  };
}

const ok = (e: StoredEvent): Promise<Outcome> => Promise.resolve({ kind: 'ok', result: { data: { dispatchEvents: { cursor: e.cursor } } } });
const cursorOf = (r: IteratorResult<ExecutionResult>) => (r.value?.data as { dispatchEvents: { cursor: string } }).dispatchEvents.cursor;

function stream(tail: FakeTail, over: Partial<StreamOptions> = {}): DispatchStream {
  return new DispatchStream({
    tail, read: logRead([]), filter: { regionPrefix: '441422', kinds: null }, after: null, maxBuffered: 10, pageSize: 3, prefetch: 2,
    resolve: ok, onOverflow: () => undefined, ...over,
  });
}

async function take(s: DispatchStream, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(cursorOf(await s.next()));
  return out;
}

describe('DispatchStream', () => {
  it('goes live from the tail position and filters by region prefix and kind', async () => {
    const tail = new FakeTail();
    const s = stream(tail, { filter: { regionPrefix: '441422001', kinds: ['CASE_CLOSED', 'CASE_RECEIVED'] } });
    await s.start();
    const a = event(101), b = event(102, { regionCode: '441422002001' }), c = event(103, { kind: 'GRID_REPORT' }), d = event(104, { kind: 'CASE_CLOSED', regionCode: '441422001005' });
    for (const e of [a, b, c, d]) tail.emit(e);
    expect(await take(s, 2)).toEqual([a.cursor, d.cursor]);
    await s.return();
  });

  it('without a cursor, starts exactly "now": events of transactions committed before it subscribed are not delivered', async () => {
    const tail = new FakeTail();
    tail.position = { tx: '100', id: '0' }; // the tail lags: 101 and 103 committed before the subscription
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const s = stream(tail, { snapshot: async () => { await gate; return { xmin: '102', xmax: '105', xip: ['102', '104'] }; } });
    const started = s.start();
    const [e101, e102, e103, e104, e106] = [event(101), event(102), event(103), event(104), event(106)];
    tail.emit(e101); // while the snapshot is being taken: held
    expect(s.live).toBe(false); // not yet counted as a live subscriber (SubscriptionStats.subscribers)
    release();
    await started;
    expect(s.live).toBe(true);
    for (const e of [e102, e103, e104, e106]) tail.emit(e);
    expect(await take(s, 3)).toEqual([e102.cursor, e104.cursor, e106.cursor]);
    await s.return();
  });

  it('replays (after, L0] from the log while holding live events, then releases them: no gap, no duplicate', async () => {
    const tail = new FakeTail();
    const log = [event(90), event(91), event(92), event(93), event(95), event(99)];
    tail.position = log[5];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const s = stream(tail, { after: log[1], read: logRead(log, () => gate) });
    await s.start();
    // Live events commit while the replay's first read is still in flight.
    const live = [event(120), event(121)];
    for (const e of live) tail.emit(e);
    release();
    expect(await take(s, 6)).toEqual([log[2], log[3], log[4], log[5], ...live].map((e) => e.cursor));
    await s.return();
  });

  it('drops live events at or before a cursor that is ahead of this tail (issued by a further-ahead instance)', async () => {
    const tail = new FakeTail();
    const ahead = event(105);
    const s = stream(tail, { after: ahead, read: logRead([]) });
    await s.start();
    const [e1, e2, e3] = [event(103), event(104), event(106)];
    tail.emit(e1); tail.emit(e2); tail.emit(ahead); tail.emit(e3);
    expect(await take(s, 1)).toEqual([e3.cursor]);
    await s.return();
  });

  it('return() settles a pending next() at once and unregisters (no leaked listener)', async () => {
    const tail = new FakeTail();
    const s = stream(tail);
    await s.start();
    expect(tail.sinks.size).toBe(1);
    const pending = s.next();
    await s.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(tail.sinks.size).toBe(0);
    await expect(s.next()).resolves.toMatchObject({ done: true });
  });

  it('return() while a payload never resolves still settles next()', async () => {
    const tail = new FakeTail();
    const s = stream(tail, { resolve: () => new Promise<Outcome>(() => undefined) });
    await s.start();
    tail.emit(event(101));
    const pending = s.next();
    await s.return();
    await expect(pending).resolves.toMatchObject({ done: true });
    expect(tail.sinks.size).toBe(0);
  });

  it('return() during a replay read stops it and unregisters', async () => {
    const tail = new FakeTail();
    tail.position = { tx: '200', id: '0' };
    let reads = 0;
    const s = stream(tail, { after: { tx: '1', id: '0' }, read: async () => { reads++; return new Promise<StoredEvent[]>(() => undefined); } });
    await s.start();
    const pending = s.next();
    await s.return();
    await expect(pending).resolves.toMatchObject({ done: true });
    expect(reads).toBe(1);
    expect(tail.sinks.size).toBe(0);
  });

  it('cuts off past the buffer bound (live), and never during a replay (it reads only when there is room)', async () => {
    const tail = new FakeTail();
    let overflowed = 0;
    const s = stream(tail, { maxBuffered: 3, onOverflow: () => { overflowed++; } });
    await s.start();
    for (let i = 0; i < 3; i++) tail.emit(event(101 + i));
    expect(overflowed).toBe(0);
    tail.emit(event(110));
    expect(overflowed).toBe(1);
    expect(s.isFinished).toBe(true);
    expect(tail.sinks.size).toBe(0);

    const log = Array.from({ length: 50 }, (_, i) => event(10 + i));
    const tail2 = new FakeTail();
    tail2.position = log[49];
    const r = stream(tail2, { after: { tx: '0', id: '0' }, read: logRead(log), maxBuffered: 4, onOverflow: () => { overflowed++; } });
    await r.start();
    expect(await take(r, 50)).toEqual(log.map((e) => e.cursor));
    expect(overflowed).toBe(1);
    await r.return();
  });

  it('skips events whose payload is out of scope, and ends with an error (and the last cursor) when a payload cannot be resolved', async () => {
    const tail = new FakeTail();
    const [a, b, c, d] = [event(101), event(102), event(103), event(104)];
    const resolve = (e: StoredEvent): Promise<Outcome> =>
      e === b ? Promise.resolve({ kind: 'skip' }) : e === d ? Promise.resolve({ kind: 'fail', error: new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }) }) : ok(e);
    const s = stream(tail, { resolve });
    await s.start();
    for (const e of [a, b, c, d]) tail.emit(e);
    expect(await take(s, 2)).toEqual([a.cursor, c.cursor]);
    const last = await s.next();
    expect(last.done).toBe(false);
    expect(last.value!.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', lastCursor: c.cursor, failedCursor: d.cursor });
    expect(await s.next()).toMatchObject({ done: true });
    expect(tail.sinks.size).toBe(0);
  });
});
