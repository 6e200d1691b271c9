/**
 * Operation limits through the whole stack, production-like (introspection closed, default limits):
 * the same operations are refused over HTTP and over the subscription websocket, each with the limit
 * named and its value; normal operations still pass on both (issue 12, point 3).
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { EXAMPLES } from '@zz/gateway';
import { commitEvents, demoRegions, sleep, subscribe, wsUrlOf, type TestSubscriber } from './support/dispatch';

let p: TestPlatform;
let url: string;
const open: TestSubscriber[] = [];

beforeAll(async () => {
  p = await startTestPlatform({ config: { introspectionEnabled: false, explorerEnabled: false, subscription: { maxBufferedEvents: 1000, pollIntervalMs: 200 } } });
  url = wsUrlOf(p.gatewayUrl);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose().catch(() => undefined)));
});
afterAll(async () => {
  await p?.stop();
});

interface WireError { message: string; extensions?: Record<string, unknown> }

/** POSTs like any client and keeps the HTTP status and the raw text (to look for stack traces). */
async function post(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(p.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: WireError[] } };
}

/** Subscribes over graphql-ws (connection_init { authorization: 'Bearer …' }) and returns the errors it is refused with. */
async function refusedOverWs(query: string, variables: Record<string, unknown>, token: string): Promise<WireError[]> {
  const s = subscribe(url, token, query, variables);
  open.push(s);
  const e = await s.waitError();
  if (!Array.isArray(e)) throw new Error(`expected GraphQL errors, got ${JSON.stringify(e ?? s.closed)}`);
  return e as WireError[];
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

// One operation per limit, written once per transport (the websocket serves only dispatchEvents).
const LIMITS = [
  {
    limit: 'aliases', extensions: { max: 15, found: 60 },
    http: `{ ${repeat(60, (i) => `a${i}: cases(first: 100) { totalCount }`)} }`,
    ws: `subscription { dispatchEvents { ${repeat(60, (i) => `c${i}: cursor`)} } }`,
  },
  {
    limit: 'depth', extensions: { max: 12, found: 15 },
    http: `{ regions(level: GRID) { ${'parent { '.repeat(13)}id${' }'.repeat(13)} } }`, // regions + 13 parents + id
    ws: `subscription { dispatchEvents { region { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } } }`, // dispatchEvents + region + 12 + id
  },
  {
    limit: 'directives', extensions: { max: 30, found: 31 },
    http: `query($x: Boolean!) { me { ${'id @include(if: $x) '.repeat(31)} } }`,
    ws: `subscription($x: Boolean!) { dispatchEvents { ${'kind @include(if: $x) '.repeat(31)} } }`,
  },
  {
    limit: 'tokens', extensions: { max: 1000 },
    http: `{ cases(filter: { status: [${'REGISTERED '.repeat(1000)}] }) { totalCount } }`,
    ws: `subscription { dispatchEvents(kinds: [${'CASE_RECEIVED '.repeat(1000)}]) { cursor } }`,
  },
  {
    // Each page of 100 tasks asks for each task's grid's next 100 tasks: 10,000 tasks behind one request.
    limit: 'cost', extensions: { max: 50000 }, found: { http: 50401, ws: 50404 },
    http: `{ patrolTasks(first: 100) { edges { node { grid { patrolTasks(first: 100) { edges { node { id title dueAt } } } } } } } }`,
    ws: `subscription { dispatchEvents { patrolTask { grid { patrolTasks(first: 100) { edges { node { grid { patrolTasks(first: 100) { edges { node { id title dueAt } } } } } } } } } } }`,
  },
] as const;

describe.each(LIMITS)('the $limit limit', (l) => {
  it('refuses over HTTP with 400, BAD_USER_INPUT, the limit and its value, no stack trace', async () => {
    const token = await p.login('county-dispatcher');
    const r = await post(l.http, { x: true }, token);
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(1);
    const found = 'found' in l ? { found: l.found.http } : {};
    expect(r.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: l.limit, ...l.extensions, ...found });
    expect(r.body.errors![0].message).toMatch(/^[\u4e00-\u9fa5].*\(.+\)$/);
    expect(r.text).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR|\s+at \S+ \(/);
  });

  it('refuses the same over the websocket, with the same code and limit', async () => {
    const token = await p.login('county-dispatcher');
    const errors = await refusedOverWs(l.ws, { x: true }, token);
    expect(errors).toHaveLength(1);
    const found = 'found' in l ? { found: l.found.ws } : {};
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: l.limit, ...l.extensions, ...found });
    expect(p.gateway.subscriptions.stats().registered).toBe(0);
  });
});

describe('introspection, production-like', () => {
  const query = `{ __schema { queryType { name } } }`;

  it('over HTTP: refused to a non-admin (403 FORBIDDEN, limit introspection), answered for ADMIN', async () => {
    const refused = await post(query, {}, await p.login('county-operator'));
    expect(refused.status).toBe(403);
    expect(refused.body.errors![0].extensions).toEqual({ code: 'FORBIDDEN', limit: 'introspection' });
    const admin = await post(query, {}, await p.login('admin'));
    expect(admin.status).toBe(200);
    expect(admin.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('over the websocket: refused to a non-admin the same way; ADMIN passes the check (then hears that the socket only serves subscriptions)', async () => {
    const refused = await refusedOverWs(query, {}, await p.login('county-operator'));
    expect(refused[0].extensions).toEqual({ code: 'FORBIDDEN', limit: 'introspection' });
    const admin = await refusedOverWs(query, {}, await p.login('admin'));
    expect(admin[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(admin[0].message).toContain('只接受订阅');
  });

  it('hides field suggestions on both transports', async () => {
    const token = await p.login('county-dispatcher');
    const http = await post(`{ me { usernme } }`, {}, token);
    expect(http.status).toBe(400);
    expect(http.body.errors![0].message).not.toContain('username');
    const ws = await refusedOverWs(`subscription { dispatchEvents { cursr } }`, {}, token);
    expect(ws[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(ws[0].message).not.toContain('cursor');
  });
});

describe('normal operations still pass', () => {
  it('over HTTP: the explorer\'s case list at the largest page size, and its territory query', async () => {
    const token = await p.login('county-dispatcher');
    const caseList = EXAMPLES.find((e) => e.query.includes('query CaseList'))!;
    const list = await post(caseList.query, { first: p.config.limits.maxFirst }, token);
    expect(list.status).toBe(200);
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data!.cases).toMatchObject({ totalCount: expect.any(Number) });
    const territory = await post(EXAMPLES.find((e) => e.query.includes('query Territory'))!.query, {}, token);
    expect(territory.body.errors).toBeUndefined();
    expect((territory.body.data!.regions as unknown[]).length).toBeGreaterThan(0);
  });

  it('over the websocket: a dispatch subscription goes live and delivers an event', async () => {
    const R = await demoRegions(p);
    const s = subscribe(url, await p.login('county-dispatcher'), `subscription { dispatchEvents { cursor kind note region { code name parent { name } } } }`);
    open.push(s);
    const deadline = Date.now() + 10_000;
    while (p.gateway.subscriptions.stats().subscribers < 1) {
      if (Date.now() > deadline || s.errors.length) throw new Error(`not live: ${JSON.stringify(s.errors)}`);
      await sleep(10);
    }
    await commitEvents(p.dataSource('cases'), [{ kind: 'CASE_RECEIVED', region: R.townA }]);
    const [event] = await s.waitFor(1);
    expect(s.errors).toEqual([]);
    expect(event).toMatchObject({ kind: 'CASE_RECEIVED', region: { code: R.townA.code } });
  });
});
