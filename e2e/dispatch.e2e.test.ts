/**
 * Live dispatch through the one gateway (issue 7): real graphql-ws clients on ws://…/graphql against
 * the whole platform. Events are committed to the durable log the way services do (appendEvents in a
 * transaction), so these tests do not wait on the cases / grid / personnel mutations being built.
 */
import WebSocket from 'ws';
import { signUserToken } from '@zz/common';
import { appendEvents } from '@zz/events';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { createGatewayServer, type GatewayServer } from '@zz/gateway';
import { CLOSE_CODES } from '@zz/gateway';
import { commitEvents, demoRegions, sleep, subscribe, synthetic, wsUrlOf, type Region, type TestSubscriber } from './support/dispatch';

let p: TestPlatform;
let url: string;
let R: Awaited<ReturnType<typeof demoRegions>>;
const open: TestSubscriber[] = [];
const track = (s: TestSubscriber) => { open.push(s); return s; };

const BASIC = `subscription($regionId: ID, $kinds: [DispatchEventKind!], $after: String) {
  dispatchEvents(regionId: $regionId, kinds: $kinds, after: $after) { cursor kind note occurredAt region { id code name } }
}`;

beforeAll(async () => {
  p = await startTestPlatform({ config: { subscription: { maxBufferedEvents: 1000, pollIntervalMs: 200 } } });
  url = wsUrlOf(p.gatewayUrl);
  R = await demoRegions(p);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose().catch(() => undefined)));
  // Every test ends with no subscriber left registered anywhere: iterators do not leak.
  await noSubscribersLeft(p.gateway);
});
afterAll(async () => {
  await p?.stop();
});

/** Waits until the gateway's tail has registered `n` subscribers (the subscription is live). */
async function live(n: number, g: GatewayServer = p.gateway) {
  const deadline = Date.now() + 10_000;
  while (g.subscriptions.stats().subscribers < n) {
    if (Date.now() > deadline) throw new Error(`only ${g.subscriptions.stats().subscribers} live subscribers`);
    await sleep(10);
  }
}

async function noSubscribersLeft(g: GatewayServer) {
  const deadline = Date.now() + 5_000;
  while (g.subscriptions.stats().subscribers > 0 || g.subscriptions.stats().notifierListeners > 0) {
    if (Date.now() > deadline) throw new Error(`leak: ${JSON.stringify(g.subscriptions.stats())}`);
    await sleep(10);
  }
}

const ds = () => p.dataSource('cases');
const notes = (s: TestSubscriber) => s.events.map((e) => e.note);

describe('order and filters', () => {
  it('delivers every event in commit order with its region resolved by the grid subgraph', async () => {
    const token = await p.login('county-dispatcher');
    const s = track(subscribe(url, token, BASIC));
    await live(1);
    await commitEvents(ds(), [
      { kind: 'CASE_RECEIVED', region: R.villageA, data: { note: 'a1' } },
      { kind: 'CASE_ASSIGNED', region: R.villageA, data: { note: 'a2' } },
    ]);
    await commitEvents(ds(), [{ kind: 'GRID_REPORT', region: R.villageB, data: { note: 'b1' } }]);
    await s.waitFor(3);
    expect(notes(s)).toEqual(['a1', 'a2', 'b1']);
    expect(s.events.map((e) => e.kind)).toEqual(['CASE_RECEIVED', 'CASE_ASSIGNED', 'GRID_REPORT']);
    expect(s.events[0].region).toEqual({ id: R.villageA.id, code: R.villageA.code, name: R.villageA.name });
    expect(new Set(s.events.map((e) => e.cursor)).size).toBe(3);
  });

  it('filters by kinds and by region (the region and everything below it)', async () => {
    const token = await p.login('county-dispatcher');
    const byKind = track(subscribe(url, token, BASIC, { kinds: ['CASE_OVERDUE', 'GRID_REPORT'] }));
    const byRegion = track(subscribe(url, token, BASIC, { regionId: R.townA.id }));
    const both = track(subscribe(url, token, BASIC, { regionId: R.townB.id, kinds: ['GRID_REPORT'] }));
    await live(3);
    await commitEvents(ds(), [
      { kind: 'CASE_RECEIVED', region: R.villageA, data: { note: 'f1' } },
      { kind: 'CASE_OVERDUE', region: R.villageB, data: { note: 'f2' } },
      { kind: 'GRID_REPORT', region: R.villageB, data: { note: 'f3' } },
      { kind: 'GRID_REPORT', region: R.townA, data: { note: 'f4' } },
      { kind: 'CASE_CLOSED', region: R.county, data: { note: 'f5' } },
    ]);
    await commitEvents(ds(), [{ kind: 'CASE_CLOSED', region: R.county, data: { note: 'marker' } }]);
    await byKind.waitFor(3);
    await byRegion.waitFor(2);
    await both.waitFor(1);
    await sleep(300);
    expect(notes(byKind)).toEqual(['f2', 'f3', 'f4']);
    expect(notes(byRegion)).toEqual(['f1', 'f4']);
    expect(notes(both)).toEqual(['f3']);
  });
});

describe('jurisdiction', () => {
  it('a village operator never sees another village\'s events, even when asking for the county', async () => {
    const a = track(subscribe(url, await p.login('village-a-operator'), BASIC));
    const aAskingCounty = track(subscribe(url, await p.login('village-a-operator'), BASIC, { regionId: R.county.id }));
    const townB = track(subscribe(url, await p.login('town-b-operator'), BASIC));
    await live(3);
    await commitEvents(ds(), [
      { kind: 'CASE_RECEIVED', region: R.villageB, data: { note: 'j-b1' } },
      { kind: 'CASE_RECEIVED', region: R.villageA, data: { note: 'j-a1' } },
      { kind: 'CASE_RECEIVED', region: R.townA, data: { note: 'j-townA' } },
      { kind: 'CASE_RECEIVED', region: R.county, data: { note: 'j-county' } },
      { kind: 'CASE_ESCALATED', region: R.villageB, data: { note: 'j-b2' } },
    ]);
    await townB.waitFor(2);
    await a.waitFor(1);
    await aAskingCounty.waitFor(1);
    await sleep(300);
    expect(notes(a)).toEqual(['j-a1']);
    expect(notes(aAskingCounty)).toEqual(['j-a1']);
    expect(notes(townB)).toEqual(['j-b1', 'j-b2']);
  });

  it('refuses a region outside the jurisdiction with FORBIDDEN (same answer as an unknown region)', async () => {
    const token = await p.login('village-a-operator');
    const other = track(subscribe(url, token, BASIC, { regionId: R.villageB.id }));
    const unknown = track(subscribe(url, token, BASIC, { regionId: '00000000-0000-4000-8000-000000000000' }));
    const e1 = (await other.waitError()) as { message: string; extensions?: { code?: string } }[];
    const e2 = (await unknown.waitError()) as { message: string; extensions?: { code?: string } }[];
    expect(e1[0].extensions?.code).toBe('FORBIDDEN');
    expect(e2[0].extensions?.code).toBe('FORBIDDEN');
    expect(e1[0].message).toBe(e2[0].message);
  });
});

describe('payloads through the query planner', () => {
  it('resolves fields of other subgraphs (grid: region and its parent) for each event', async () => {
    const token = await p.login('town-a-operator');
    const s = track(subscribe(url, token, `subscription { board: dispatchEvents(kinds: [CONSULTATION_OPENED]) {
      cursor kind region { name code parent { code level } } ...Extra } }
      fragment Extra on DispatchEvent { note occurredAt }`, {}, 'board'));
    await live(1);
    await commitEvents(ds(), [{ kind: 'CONSULTATION_OPENED', region: R.villageA, data: { note: 'p1' } }]);
    const [e] = await s.waitFor(1);
    expect(e).toMatchObject({ kind: 'CONSULTATION_OPENED', note: 'p1', region: { name: R.villageA.name, code: R.villageA.code, parent: { code: R.townA.code, level: 'TOWN' } } });
  });

  it('resolves one payload per event for subscribers sharing a selection and a scope', async () => {
    const token = await p.login('county-dispatcher');
    const q = `subscription { dispatchEvents(kinds: [MEDIATION_STARTED]) { cursor note region { name } } }`;
    const shared = [track(subscribe(url, token, q)), track(subscribe(url, token, q)), track(subscribe(url, token, q))];
    const other = track(subscribe(url, token, `subscription { dispatchEvents(kinds: [MEDIATION_STARTED]) { cursor note } }`));
    await live(4);
    const before = p.gateway.subscriptions.stats().executor.executions;
    await commitEvents(ds(), [1, 2, 3, 4, 5].map((i) => ({ kind: 'MEDIATION_STARTED' as const, region: R.townB, data: { note: `d${i}` } })));
    for (const s of [...shared, other]) await s.waitFor(5);
    expect(p.gateway.subscriptions.stats().executor.executions - before).toBe(10);
    for (const s of shared) expect(notes(s)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
  });
});

describe('resume', () => {
  it('after a client disconnect: replays what committed meanwhile, then goes live, nothing lost or repeated', async () => {
    const token = await p.login('county-dispatcher');
    const kinds = ['CASE_REFERRED'];
    const s1 = track(subscribe(url, token, BASIC, { kinds }));
    await live(1);
    await commitEvents(ds(), [{ kind: 'CASE_REFERRED', region: R.villageA, data: { note: 'r1' } }, { kind: 'CASE_REFERRED', region: R.villageB, data: { note: 'r2' } }]);
    await s1.waitFor(2);
    const cursor = s1.events[1].cursor;
    await s1.dispose();
    await commitEvents(ds(), [{ kind: 'CASE_REFERRED', region: R.townA, data: { note: 'r3' } }]);
    await commitEvents(ds(), [{ kind: 'CASE_REFERRED', region: R.villageA, data: { note: 'r4' } }, { kind: 'CASE_REFERRED', region: R.county, data: { note: 'r5' } }]);
    const s2 = track(subscribe(url, token, BASIC, { kinds, after: cursor }));
    await s2.waitFor(3);
    await commitEvents(ds(), [{ kind: 'CASE_REFERRED', region: R.villageB, data: { note: 'r6' } }]);
    await s2.waitFor(4);
    await sleep(300);
    expect(notes(s2)).toEqual(['r3', 'r4', 'r5', 'r6']);
  });

  it('switches from replay to live with no gap and no duplicate while transactions keep committing out of id order', async () => {
    const token = await p.login('county-dispatcher');
    const kinds = ['RISK_WARNING'];
    const observer = track(subscribe(url, token, BASIC, { kinds }));
    await live(1);
    await commitEvents(ds(), [{ kind: 'RISK_WARNING', region: R.county, data: { note: 'start' } }]);
    const [start] = await observer.waitFor(1);

    // Four writers, each transaction appends first and commits after a random pause, so ids commit out of order.
    let n = 0;
    const writers = [0, 1, 2, 3].map(async (w) => {
      for (let i = 0; i < 15; i++) {
        await ds().transaction(async (m) => {
          const count = 1 + ((w + i) % 3);
          await appendEvents(m, Array.from({ length: count }, () => synthetic({ kind: 'RISK_WARNING', source: 'e2e', regionId: R.villageA.id, regionCode: R.villageA.code, data: { note: `w${w}-${++n}` } })));
          await m.query('SELECT pg_sleep($1)', [Math.random() * 0.03]);
        });
      }
    });
    // Subscribers join mid-stream: from the start cursor, and from whatever the observer has seen by then.
    const joiners: { s: TestSubscriber; after: string }[] = [];
    for (let i = 0; i < 6; i++) {
      await sleep(40 + Math.random() * 60);
      const after = i % 2 === 0 ? start.cursor : observer.events[observer.events.length - 1].cursor;
      joiners.push({ s: track(subscribe(url, token, BASIC, { kinds, after })), after });
    }
    await Promise.all(writers);

    const [startTx, startId] = start.cursor.split('_');
    const log = await p.sql<{ cursor: string }>(
      `SELECT tx::text || '_' || id::text AS cursor FROM events.dispatch_event WHERE kind = 'RISK_WARNING' AND (tx, id) > ($1::text::xid8, $2::bigint) ORDER BY tx, id`, [startTx, startId]);
    const all = [start.cursor, ...log.map((r) => r.cursor)];
    await observer.waitFor(all.length);
    for (const { s, after } of joiners) {
      const expected = all.slice(all.indexOf(after) + 1);
      await s.waitFor(expected.length);
    }
    await sleep(500);
    expect(observer.events.map((e) => e.cursor)).toEqual(all);
    for (const { s, after } of joiners) expect(s.events.map((e) => e.cursor)).toEqual(all.slice(all.indexOf(after) + 1));
  });

  it('after a gateway restart, with events committed while no gateway ran', async () => {
    const token = await p.login('county-dispatcher');
    const kinds = ['PATROL_TASK_DISPATCHED'];
    const g1 = await createGatewayServer(p.config);
    const u1 = wsUrlOf(await g1.listen(0, '127.0.0.1'));
    const s1 = track(subscribe(u1, token, BASIC, { kinds }));
    await live(1, g1);
    await commitEvents(ds(), [{ kind: 'PATROL_TASK_DISPATCHED', region: R.villageA, data: { note: 'g1' } }, { kind: 'PATROL_TASK_DISPATCHED', region: R.villageB, data: { note: 'g2' } }]);
    await s1.waitFor(2);
    const cursor = s1.events[1].cursor;
    await g1.close();
    expect((await s1.waitClosed()).code).toBe(CLOSE_CODES.GOING_AWAY);

    await commitEvents(ds(), [{ kind: 'PATROL_TASK_DISPATCHED', region: R.townA, data: { note: 'g3' } }]);
    await commitEvents(ds(), [{ kind: 'PATROL_TASK_DISPATCHED', region: R.villageA, data: { note: 'g4' } }]);

    const g2 = await createGatewayServer(p.config);
    try {
      const u2 = wsUrlOf(await g2.listen(0, '127.0.0.1'));
      const s2 = track(subscribe(u2, token, BASIC, { kinds, after: cursor }));
      await s2.waitFor(2);
      await commitEvents(ds(), [{ kind: 'PATROL_TASK_DISPATCHED', region: R.townB, data: { note: 'g5' } }]);
      await s2.waitFor(3);
      await sleep(300);
      expect(notes(s2)).toEqual(['g3', 'g4', 'g5']);
      await s2.dispose();
      await noSubscribersLeft(g2);
    } finally {
      await g2.close();
    }
  });

  it('refuses a malformed cursor and a cursor ahead of the log with BAD_USER_INPUT', async () => {
    const token = await p.login('county-dispatcher');
    const bad = track(subscribe(url, token, BASIC, { after: 'not-a-cursor' }));
    const ahead = track(subscribe(url, token, BASIC, { after: `${2n ** 62n}_1` }));
    const [e1] = (await bad.waitError()) as { extensions: { code: string; field: string } }[];
    const [e2] = (await ahead.waitError()) as { extensions: { code: string; field: string } }[];
    expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(e2.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('authentication of the socket', () => {
  const raw = (u: string, init: Record<string, unknown> | null) => new Promise<{ code: number; reason: string; acked: boolean }>((resolve) => {
    const ws = new WebSocket(u, 'graphql-transport-ws');
    let acked = false;
    ws.on('open', () => { if (init) ws.send(JSON.stringify({ type: 'connection_init', payload: init })); });
    ws.on('message', (m) => { if (JSON.parse(String(m)).type === 'connection_ack') acked = true; });
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason), acked }));
  });

  it('refuses a connection without a token, with a forged one and with an expired one (4401)', async () => {
    const none = await raw(url, {});
    expect(none).toMatchObject({ code: CLOSE_CODES.UNAUTHORIZED, acked: false });
    const forged = await raw(url, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(forged).toMatchObject({ code: CLOSE_CODES.UNAUTHORIZED, acked: false });
    const [u] = await p.sql(`SELECT * FROM personnel.app_user WHERE username = 'county-dispatcher'`);
    const expired = await signUserToken({ kind: 'user', userId: u.id, username: u.username, roles: u.roles, regionId: u.region_id, regionCode: u.region_code, tokenVersion: u.token_version }, p.config.jwtSecret, -5);
    const late = await raw(url, { authorization: `Bearer ${expired}` });
    expect(late).toMatchObject({ code: CLOSE_CODES.UNAUTHORIZED, acked: false });
    expect(late.reason).toMatch(/expired/);
  });

  it('a graphql-ws client without a token sees the 4401 close and no event', async () => {
    const s = track(subscribe(url, null, BASIC));
    expect((await s.waitClosed()).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect(s.events).toHaveLength(0);
  });

  it('closes the socket when the token expires, and when the account tokens are revoked, while connected', async () => {
    const g = await createGatewayServer(p.config, { subscriptions: { authRecheckMs: 100 } });
    try {
      const u = wsUrlOf(await g.listen(0, '127.0.0.1'));
      const [row] = await p.sql(`SELECT * FROM personnel.app_user WHERE username = 'grid-a-worker'`);
      const identity = { kind: 'user' as const, userId: row.id, username: row.username, roles: row.roles, regionId: row.region_id, regionCode: row.region_code, tokenVersion: row.token_version };
      const shortLived = track(subscribe(u, await signUserToken(identity, p.config.jwtSecret, 2), BASIC));
      const revoked = track(subscribe(u, await signUserToken(identity, p.config.jwtSecret, 3600), BASIC));
      await live(2, g);
      const closed = await shortLived.waitClosed(6000);
      expect(closed.code).toBe(CLOSE_CODES.UNAUTHORIZED);
      expect(closed.reason).toMatch(/expired/);
      expect(revoked.closed).toBeNull();
      await p.sql(`UPDATE personnel.app_user SET token_version = token_version + 1 WHERE id = $1`, [row.id]);
      const gone = await revoked.waitClosed(5000);
      expect(gone.code).toBe(CLOSE_CODES.UNAUTHORIZED);
      expect(gone.reason).toMatch(/revoked/);
      await noSubscribersLeft(g);
    } finally {
      await g.close();
    }
  });

  it('over HTTP a subscription is refused with a pointer to the websocket', async () => {
    const r = await p.gql(`subscription { dispatchEvents { cursor } }`, {}, await p.login('county-dispatcher'));
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/websocket/i);
  });

  it('over the websocket only subscriptions are accepted; an invalid document gets validation errors', async () => {
    const token = await p.login('county-dispatcher');
    const q = track(subscribe(url, token, `{ __typename }`, {}, '__typename'));
    const [e1] = (await q.waitError()) as { extensions: { code: string } }[];
    expect(e1.extensions.code).toBe('BAD_USER_INPUT');
    const v = track(subscribe(url, token, `subscription { dispatchEvents { nope } }`));
    const [e2] = (await v.waitError()) as { extensions: { code: string } }[];
    expect(e2.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the LISTEN connection', () => {
  it('keeps delivering when it drops (polling), and listens again by itself', async () => {
    const token = await p.login('county-dispatcher');
    const s = track(subscribe(url, token, BASIC, { kinds: ['CASE_REJECTED'] }));
    await live(1);
    const notifier = p.gateway.subscriptions.notifier;
    expect(notifier.connected).toBe(true);
    const killed = await p.sql(`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
      WHERE application_name = 'zz-events-listener' AND datname = current_database()`);
    expect(killed).toHaveLength(1);
    await commitEvents(ds(), [{ kind: 'CASE_REJECTED', region: R.villageA, data: { note: 'n1' } }]);
    await s.waitFor(1);
    const deadline = Date.now() + 10_000;
    while (!notifier.connected && Date.now() < deadline) await sleep(50);
    expect(notifier.connected).toBe(true);
    await commitEvents(ds(), [{ kind: 'CASE_REJECTED', region: R.villageA, data: { note: 'n2' } }]);
    await s.waitFor(2);
    expect(notes(s)).toEqual(['n1', 'n2']);
  });
});

describe('leaks', () => {
  it('unsubscribing while the server waits for the next event, during a replay, or by dropping the socket leaves no listener', async () => {
    const token = await p.login('county-dispatcher');
    const idle = track(subscribe(url, token, BASIC, { kinds: ['APPOINTMENT_CANCELLED'] }));
    await live(1);
    expect(p.gateway.subscriptions.stats().notifierListeners).toBe(1);
    await idle.dispose();
    await noSubscribersLeft(p.gateway);

    // Many events to replay, and the client leaves in the middle of it.
    await commitEvents(ds(), [{ kind: 'APPOINTMENT_CANCELLED', region: R.villageA, data: { note: 'l0' } }]);
    const first = track(subscribe(url, token, BASIC, { kinds: ['APPOINTMENT_CANCELLED'], after: '0_0' }));
    await first.waitFor(1);
    await first.dispose();
    await commitEvents(ds(), Array.from({ length: 300 }, (_, i) => ({ kind: 'APPOINTMENT_CANCELLED' as const, region: R.villageA, data: { note: `l${i + 1}` } })));
    const replaying = track(subscribe(url, token, BASIC, { kinds: ['APPOINTMENT_CANCELLED'], after: '0_0' }));
    await replaying.waitFor(20);
    await replaying.dispose();
    await noSubscribersLeft(p.gateway);

    // The socket dropped without a goodbye.
    const dropped = track(subscribe(url, token, BASIC, { kinds: ['APPOINTMENT_CANCELLED'] }));
    await live(1);
    await dropped.client.terminate();
    await noSubscribersLeft(p.gateway);
  });
});

describe('retention', () => {
  it('refuses a resume cursor older than the retention window with CURSOR_EXPIRED; a cursor at the archive horizon still resumes', async () => {
    const token = await p.login('county-dispatcher');
    const kinds = ['FOLLOW_UP_RECORDED'];
    const s = track(subscribe(url, token, BASIC, { kinds }));
    await live(1);
    await commitEvents(ds(), [{ kind: 'FOLLOW_UP_RECORDED', region: R.villageA, data: { note: 'old1' } }]);
    await commitEvents(ds(), [{ kind: 'FOLLOW_UP_RECORDED', region: R.villageA, data: { note: 'old2' } }]);
    await commitEvents(ds(), [{ kind: 'FOLLOW_UP_RECORDED', region: R.villageA, data: { note: 'new1' } }]);
    const [old1, old2] = await s.waitFor(3);
    await s.dispose();
    // Everything up to old2 was recorded long ago: one retention round archives that prefix of the log.
    const [tx, id] = old2.cursor.split('_');
    await p.sql(`UPDATE events.dispatch_event SET recorded_at = now() - make_interval(days => $3) WHERE (tx, id) <= ($1::text::xid8, $2::bigint)`,
      [tx, id, p.config.eventRetentionDays + 1]);
    expect(await p.gateway.subscriptions.runRetention()).toBeGreaterThanOrEqual(2);

    const expired = track(subscribe(url, token, BASIC, { kinds, after: old1.cursor }));
    const [e] = (await expired.waitError()) as { message: string; extensions: Record<string, unknown> }[];
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_EXPIRED', retentionDays: p.config.eventRetentionDays });

    const atHorizon = track(subscribe(url, token, BASIC, { kinds, after: old2.cursor }));
    await atHorizon.waitFor(1);
    expect(notes(atHorizon)).toEqual(['new1']);
  });
});
