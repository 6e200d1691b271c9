import { IDENTITY_HEADER, parseConfig, signForwardedIdentity, signUserToken } from '@zz/common';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('identity', () => {
  it('logs in a demo account and answers `me`', async () => {
    const token = await p.login('county-dispatcher');
    const r = await p.gql(`{ me { username displayName roles region { id code name level } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.me).toMatchObject({ username: 'county-dispatcher', roles: ['DISPATCHER'], region: { level: 'COUNTY', code: '441422' } });
  });

  it('refuses a wrong password with UNAUTHENTICATED and issues no token', async () => {
    const r = await p.gql(`mutation { login(username: "admin", password: "wrong") { token } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
  });

  it('refuses an unknown user the same way as a wrong password', async () => {
    const r = await p.gql(`mutation { login(username: "nobody", password: "demo") { token } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed, a forged and an expired token', async () => {
    const malformed = await fetch(p.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Token abc' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(malformed.status).toBe(401);
    expect(codeOf(await malformed.json())).toBe('UNAUTHENTICATED');

    const forged = await p.gql(`{ me { id } }`, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');

    const other = await signUserToken({ kind: 'user', userId: '00000000-0000-4000-8000-000000000000', username: 'x', roles: ['ADMIN'], regionId: null, regionCode: '441422' }, 'another-secret-that-is-long-enough-0123456789', 3600);
    expect(codeOf(await p.gql(`{ me { id } }`, {}, other))).toBe('UNAUTHENTICATED');

    const expired = await signUserToken({ kind: 'user', userId: '00000000-0000-4000-8000-000000000000', username: 'x', roles: ['ADMIN'], regionId: null, regionCode: '441422' }, p.config.jwtSecret, -10);
    const r = await p.gql(`{ me { id } }`, {}, expired);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired|过期/);
  });

  it('refuses anonymous reads', async () => {
    const r = await p.gql(`{ regions(level: TOWN) { id } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});

describe('one graph', () => {
  it('answers a query spanning three subgraphs: a center (personnel), its region (grid), its mediators\' loads (cases)', async () => {
    const token = await p.login('county-dispatcher');
    const r = await p.gql<{ centers: { name: string; region: { name: string; code: string }; mediators: { name: string; goldTeam: boolean; activeCaseCount: number }[] }[] }>(
      `{ centers(level: COUNTY) { name region { name code } mediators { name goldTeam activeCaseCount } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    const [county] = r.data!.centers;
    expect(county.region).toEqual({ name: '大埔县', code: '441422' });
    expect(county.mediators.filter((m) => m.goldTeam)).toHaveLength(10);
    expect(county.mediators.every((m) => m.activeCaseCount === 0)).toBe(true);
  });
});

describe('subgraphs only trust the gateway', () => {
  const direct = async (url: string, headers: Record<string, string>) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ regions { id } }' }) });
    return (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  };

  it('refuses a direct call without the signed identity', async () => {
    expect(codeOf(await direct(p.services.grid.url, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged identity header (unsigned, or signed with another secret)', async () => {
    const fake = Buffer.from(JSON.stringify({ kind: 'service', roles: ['ADMIN'] })).toString('base64');
    expect(codeOf(await direct(p.services.grid.url, { [IDENTITY_HEADER]: fake }))).toBe('UNAUTHENTICATED');
    const wrongKey = await signForwardedIdentity({ kind: 'service', userId: null, username: 'x', roles: ['ADMIN'], regionId: null, regionCode: '' }, 'not-the-internal-secret-0123456789abcdef');
    expect(codeOf(await direct(p.services.personnel.url, { [IDENTITY_HEADER]: wrongKey }))).toBe('UNAUTHENTICATED');
  });
});

describe('jurisdiction', () => {
  it('a town operator sees its town, its villages and its county, not another town', async () => {
    const admin = await p.login('admin');
    const towns = (await p.gql<{ regions: { id: string; code: string }[] }>(`{ regions(level: TOWN) { id code } }`, {}, admin)).data!.regions;
    expect(towns).toHaveLength(10);
    const townA = await p.login('town-a-operator');
    const mine = (await p.gql<{ regions: { id: string; code: string }[] }>(`{ regions(level: TOWN) { id code } }`, {}, townA)).data!.regions;
    expect(mine).toEqual([towns[0]]);
    const other = await p.gql(`query($id: ID!) { region(id: $id) { id name } }`, { id: towns[1].id }, townA);
    expect(other.errors).toBeUndefined();
    expect(other.data!.region).toBeNull();
    const county = await p.gql<{ region: { parent: { level: string } } }>(`query($id: ID!) { region(id: $id) { parent { level } } }`, { id: towns[0].id }, townA);
    expect(county.data!.region.parent.level).toBe('COUNTY');
  });

  it('scopes _entities too: a forwarded identity of town A cannot resolve town B by reference', async () => {
    const admin = await p.login('admin');
    const towns = (await p.gql<{ regions: { id: string; code: string }[] }>(`{ regions(level: TOWN) { id code } }`, {}, admin)).data!.regions;
    const identity = await signForwardedIdentity({ kind: 'user', userId: null, username: 'town-a-operator', roles: ['OPERATOR'], regionId: towns[0].id, regionCode: towns[0].code }, p.config.internalSecret);
    const res = await fetch(p.services.grid.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { id name } } }',
        variables: { r: towns.slice(0, 2).map((t) => ({ __typename: 'Region', id: t.id })) },
      }),
    });
    const body = (await res.json()) as { data: { _entities: ({ id: string } | null)[] } };
    expect(body.data._entities[0]).toMatchObject({ id: towns[0].id });
    expect(body.data._entities[1]).toBeNull();
  });

  it('an unknown region id is null, a malformed one is a typed error', async () => {
    const admin = await p.login('admin');
    const unknown = await p.gql(`{ region(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, admin);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.region).toBeNull();
  });
});

describe('guard rails at the gateway', () => {
  it('refuses a query deeper than the limit', async () => {
    const token = await p.login('admin');
    const deep = `{ regions(level: GRID) { ${'parent { '.repeat(14)} id ${'}'.repeat(14)} } }`;
    const r = await p.gql(deep, {}, token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/depth|嵌套/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await fetch(p.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(p.config.limits.maxBodyBytes)}` }) });
    expect(res.status).toBe(413);
  });

  it('serves the explorer from the gateway itself, with no CDN address', async () => {
    const res = await fetch(p.gatewayUrl.replace(/\/graphql$/, '/explorer'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('综治中心 GraphQL 浏览器');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toMatch(/<link[^>]+href="https?:\/\//);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Its bundle is a separate same-origin file (inlined, it broke the HTML parse).
    const bundle = /<script defer src="(\/explorer\/assets\/graphiql\.[0-9a-f]+\.js)">/.exec(html)![1];
    const js = await fetch(p.gatewayUrl.replace(/\/graphql$/, bundle));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // `/` is the web console's (gateway/test/console.e2e.test.ts); the explorer keeps /explorer.
    const root = await fetch(p.gatewayUrl.replace(/\/graphql$/, '/'), { redirect: 'manual' });
    expect(root.headers.get('location')).not.toBe('/explorer');
  });

  it('reports health and readiness of every subgraph', async () => {
    const base = p.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', subgraphs: { cases: true, personnel: true, grid: true, supervision: true } });
  });
});

describe('guard rails configured for production', () => {
  let strict: TestPlatform;
  beforeAll(async () => {
    strict = await startTestPlatform({ config: { introspectionEnabled: false, explorerEnabled: false, limits: { ...parseConfig({ APP_ENV: 'test' }).limits, rateLimitPerMinute: 5 } } });
  });
  afterAll(async () => {
    await strict?.stop();
  });

  it('rate-limits per token with RATE_LIMITED (429), without affecting other tokens', async () => {
    const a = await strict.login('town-a-operator'); // the login itself counts against the anonymous bucket
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await strict.gql(`{ me { id } }`, {}, a));
    expect(results.slice(0, 5).every((r) => !r.errors)).toBe(true);
    expect(codeOf(results[5])).toBe('RATE_LIMITED');
    const b = await strict.login('town-b-operator');
    expect((await strict.gql(`{ me { id } }`, {}, b)).errors).toBeUndefined();
  });

  it('refuses introspection to non-admins and hides the explorer', async () => {
    const op = await strict.login('county-operator');
    expect(codeOf(await strict.gql(`{ __schema { queryType { name } } }`, {}, op))).toBe('FORBIDDEN');
    const admin = await strict.login('admin');
    expect((await strict.gql(`{ __schema { queryType { name } } }`, {}, admin)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await fetch(strict.gatewayUrl.replace(/\/graphql$/, '/explorer'))).status).toBe(404);
  });
});
