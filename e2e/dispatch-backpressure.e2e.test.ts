/**
 * Backpressure: a subscriber that stops reading its socket is cut off (close code 4413) once its
 * buffer passes SUBSCRIPTION_MAX_BUFFER events, while a fast subscriber on the same gateway receives
 * everything; the slow one then resumes from its last cursor and misses nothing.
 */
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { createGatewayServer, type GatewayServer } from '@zz/gateway';
import { CLOSE_CODES } from '@zz/gateway';
import { commitEvents, demoRegions, sleep, subscribe, wsUrlOf, type Received } from './support/dispatch';

let p: TestPlatform;
let g: GatewayServer;
let url: string;

const MAX_BUFFERED = 50;
const EVENTS = 400;
// Large payloads fill the kernel's socket buffers quickly, so the backlog reaches the gateway's own buffer.
const BIG = 'x'.repeat(32 * 1024);

beforeAll(async () => {
  p = await startTestPlatform();
  g = await createGatewayServer({ ...p.config, subscription: { maxBufferedEvents: MAX_BUFFERED, pollIntervalMs: 200 } });
  url = wsUrlOf(await g.listen(0, '127.0.0.1'));
});
afterAll(async () => {
  await g?.close();
  await p?.stop();
});

const Q = `subscription($after: String) { dispatchEvents(kinds: [GRID_REPORT], after: $after) { cursor kind note } }`;

/** A raw graphql-ws client whose socket can be paused (it then stops reading, like a stuck consumer). */
function rawSubscriber(token: string) {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const events: Received[] = [];
  let closed: { code: number; reason: string } | null = null;
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
  ws.on('message', (m) => {
    const msg = JSON.parse(String(m));
    if (msg.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: Q } }));
    if (msg.type === 'next') events.push(msg.payload.data.dispatchEvents);
  });
  ws.on('close', (code, reason) => { closed = { code, reason: String(reason) }; });
  return { ws, events, closed: () => closed };
}

async function waitUntil(check: () => boolean, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(20);
  }
}

it('cuts off a slow consumer with 4413 without delaying a fast one; the slow one resumes by cursor', async () => {
  const R = await demoRegions(p);
  const token = await p.login('county-dispatcher');
  const fast = subscribe(url, token, Q);
  const slow = rawSubscriber(token);
  await waitUntil(() => g.subscriptions.stats().subscribers === 2, 'both subscribed', 10_000);

  slow.ws.pause();
  const started = Date.now();
  // One event per transaction, like mutations (a single burst larger than the buffer bound would cut
  // off every live subscriber: they would all resume by cursor, see README).
  // Paced by the fast consumer (never more than 10 events ahead of it: everything here shares one
  // process, and a gateway that cannot keep up with the writer would cut off everyone), so only the
  // stuck one falls behind.
  for (let i = 0; i < EVENTS; i++) {
    await waitUntil(() => fast.events.length >= i - 10, `the fast consumer to reach ${i - 10}`, 20_000);
    await commitEvents(p.dataSource('grid'), [{ kind: 'GRID_REPORT', region: R.villageA, data: { note: `${i}:${BIG}` } }]);
  }
  await fast.waitFor(EVENTS, 60_000);
  const fastMs = Date.now() - started;
  // The stuck consumer is gone from the gateway; the fast one is still there.
  await waitUntil(() => g.subscriptions.stats().subscribers === 1, 'the slow subscriber to be cut off', 10_000);

  slow.ws.resume();
  await waitUntil(() => slow.closed() !== null, 'the slow socket to close', 30_000);
  expect(slow.closed()!.code).toBe(CLOSE_CODES.SLOW_CONSUMER);
  const all = fast.events.map((e) => e.cursor);
  expect(all).toHaveLength(EVENTS);
  expect(new Set(all).size).toBe(EVENTS);
  // What the slow one got is an exact prefix, short of everything.
  const got = slow.events.map((e) => e.cursor);
  expect(got.length).toBeLessThan(EVENTS);
  expect(got).toEqual(all.slice(0, got.length));

  // It resumes from its last cursor: the rest, nothing twice.
  const resumed = subscribe(url, token, Q, { after: got[got.length - 1] });
  await resumed.waitFor(EVENTS - got.length, 60_000);
  await sleep(300);
  expect([...got, ...resumed.events.map((e) => e.cursor)]).toEqual(all);
  expect(fastMs).toBeLessThan(30_000);

  await fast.dispose();
  await resumed.dispose();
  await waitUntil(() => g.subscriptions.stats().subscribers === 0 && g.subscriptions.stats().notifierListeners === 0, 'no listener left', 5_000);
}, 120_000);
