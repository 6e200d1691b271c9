import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dedupKey, InflightRequests } from './inbound-dedup';
import { createSubgraphFetcher } from './subgraph-fetch';

const req = (headers: Record<string, string>, method = 'POST') => ({ method, headers } as unknown as IncomingMessage);

/** A ServerResponse stand-in that collects what is written. */
function sink() {
  const out = { status: 0, headers: {} as Record<string, unknown>, body: '', ended: false };
  const res = {
    set statusCode(s: number) { out.status = s; },
    setHeader(k: string, v: unknown) { out.headers[k] = v; },
    write(c: string) { out.body += c; return true; },
    end(c?: string) { if (c) out.body += c; out.ended = true; },
  } as unknown as ServerResponse;
  return { res, out };
}

describe('inbound dedup', () => {
  const body = JSON.stringify({ query: 'query Q { cases(first: 50) { totalCount } }' });

  it('keys on the caller and the body, and never shares writes', () => {
    expect(dedupKey(req({ authorization: 'Bearer a' }), body)).not.toEqual(dedupKey(req({ authorization: 'Bearer b' }), body));
    expect(dedupKey(req({ authorization: 'Bearer a' }), body)).toEqual(dedupKey(req({ authorization: 'Bearer a' }), body));
    expect(dedupKey(req({}), JSON.stringify({ query: 'mutation { intakeCase(input: {}) { id } }' }))).toBeNull();
    // A login (it changes the request's identity half-way, see upgrade.ts) is never shared either.
    expect(dedupKey(req({}), JSON.stringify({ query: 'mutation($u: String!) { login(username: $u, password: "x") { token user { region { name } } } }' }))).toBeNull();
    expect(dedupKey(req({}), JSON.stringify({ query: 'subscription { dispatchEvents { cursor } }' }))).toBeNull();
    expect(dedupKey(req({}, 'GET'), body)).toBeNull();
    const from = (address: string) => ({ ...req({ authorization: 'Bearer a' }), socket: { remoteAddress: address } } as unknown as IncomingMessage);
    expect(dedupKey(from('10.0.0.1'), body)).not.toEqual(dedupKey(from('10.0.0.2'), body));
  });

  it('runs identical concurrent requests once and gives each the same answer', async () => {
    const inflight = new InflightRequests(true);
    let executions = 0;
    const execute = async (res: ServerResponse) => {
      executions++;
      await new Promise((r) => setTimeout(r, 20));
      res.setHeader('content-type', 'application/json');
      res.statusCode = 200;
      res.end('{"data":{"n":1}}');
    };
    const a = sink();
    const b = sink();
    const c = sink();
    await Promise.all([
      inflight.handle(req({ authorization: 'Bearer a' }), a.res, body, execute),
      inflight.handle(req({ authorization: 'Bearer a' }), b.res, body, execute),
      inflight.handle(req({ authorization: 'Bearer other' }), c.res, body, execute),
    ]);
    expect(executions).toBe(2);
    expect(b.out).toEqual(a.out);
    expect(a.out).toMatchObject({ status: 200, body: '{"data":{"n":1}}', ended: true });
    // Nothing is kept once answered.
    await inflight.handle(req({ authorization: 'Bearer a' }), sink().res, body, execute);
    expect(executions).toBe(3);
  });

  it('executes every request when disabled', async () => {
    const inflight = new InflightRequests(false);
    let executions = 0;
    const execute = async (res: ServerResponse) => { executions++; await new Promise((r) => setTimeout(r, 5)); res.end('x'); };
    await Promise.all([inflight.handle(req({}), sink().res, body, execute), inflight.handle(req({}), sink().res, body, execute)]);
    expect(executions).toBe(2);
  });
});

describe('subgraph fetcher', () => {
  let server: http.Server;
  let url: string;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((rq, rs) => {
      hits++;
      let data = '';
      rq.on('data', (c) => (data += c));
      rq.on('end', () => setTimeout(() => {
        rs.writeHead(200, { 'content-type': 'application/json', 'x-sql-statements': '3' });
        rs.end(JSON.stringify({ data: { echo: JSON.parse(data), identity: rq.headers['x-zz-identity'] ?? null } }));
      }, 20));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => { hits = 0; });

  const init = (body: string, identity: string) => ({ method: 'POST', headers: { 'content-type': 'application/json', 'x-zz-identity': identity }, body });

  it('shares identical in-flight queries of one identity, each caller parsing its own copy', async () => {
    const fetcher = createSubgraphFetcher({ dedup: true, maxSockets: 8 });
    const q = JSON.stringify({ query: 'query { a }', variables: {} });
    const [r1, r2, r3] = await Promise.all([fetcher(url, init(q, 'id-1')), fetcher(url, init(q, 'id-1')), fetcher(url, init(q, 'id-2'))]);
    expect(hits).toBe(2);
    const [b1, b2] = [await r1.json(), await r2.json()];
    expect(b1).toEqual(b2);
    expect(b1).not.toBe(b2);
    expect((await r3.json()).data.identity).toBe('id-2');
    expect(r1.ok).toBe(true);
    expect(r1.headers.get('X-SQL-Statements')).toBe('3');
    fetcher.destroy();
  });

  it('never shares across client addresses, even for one identity (personnel answers per address)', async () => {
    const fetcher = createSubgraphFetcher({ dedup: true, maxSockets: 8 });
    const q = JSON.stringify({ query: 'query { a }' });
    const at = (address: string) => ({ ...init(q, 'id-1'), headers: { ...init(q, 'id-1').headers, 'x-zz-client-address': address } });
    await Promise.all([fetcher(url, at('10.0.0.1')), fetcher(url, at('10.0.0.2')), fetcher(url, at('10.0.0.1'))]);
    expect(hits).toBe(2);
    fetcher.destroy();
  });

  it('never shares mutations, and shares nothing when disabled', async () => {
    const on = createSubgraphFetcher({ dedup: true, maxSockets: 8 });
    const m = JSON.stringify({ query: 'mutation { b }' });
    await Promise.all([on(url, init(m, 'id-1')), on(url, init(m, 'id-1'))]);
    expect(hits).toBe(2);
    const off = createSubgraphFetcher({ dedup: false, maxSockets: 8 });
    const q = JSON.stringify({ query: 'query { a }' });
    await Promise.all([off(url, init(q, 'id-1')), off(url, init(q, 'id-1'))]);
    expect(hits).toBe(4);
    on.destroy();
    off.destroy();
  });
});
