/**
 * The web console through the real gateway: the built files (console/dist, built here when missing
 * or stale) at / and at deep links, assets with their types, cache and CSP, API-looking paths left
 * to the gateway's JSON 404 — and the console's own documents (console/src/gql) answered without
 * errors, so what the screens send is what the graph accepts.
 */
import { print } from 'graphql';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { ensureConsoleBuilt, firstLoadGzipBytes } from '@zz/platform/console-build';
import { CaseFileDocument, CaseListDocument, LoginDocument, LogoutDocument, RegionChildrenDocument, RegionPathDocument } from '../../console/src/gql/graphql';

let p: TestPlatform;
let base: string;
beforeAll(async () => {
  await ensureConsoleBuilt({ quiet: true });
  p = await startTestPlatform();
  base = p.gatewayUrl.replace(/\/graphql$/, '');
}, 180_000);
afterAll(async () => {
  await p?.stop();
});

const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);

describe('the gateway serves the console', () => {
  it('answers / and deep links with index.html, uncached, under a same-origin CSP', async () => {
    for (const path of ['/', '/cases', '/cases/00000000-0000-0000-0000-000000000000', '/cases?status=ASSIGNED&type=LABOUR_WAGES', '/login?next=%2Fcases']) {
      const res = await fetch(base + path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain(`ws://${new URL(base).host}`);
      expect(csp).not.toMatch(/https?:\/\//);
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toContain('<meta name="zz-mode" content="test" />');
      // Nothing from another host, no inline script.
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('serves every asset index.html names with its type, a year of cache, the CSP and brotli when asked', async () => {
    const assets = assetsOf(await (await fetch(base + '/')).text());
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const res = await fetch(base + asset, { headers: { 'accept-encoding': 'br' } });
      expect([asset, res.status]).toEqual([asset, 200]);
      expect(res.headers.get('content-type')).toBe(asset.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      if (Number(res.headers.get('content-length')) > 2000) expect(res.headers.get('content-encoding')).toBe('br');
      expect((await res.text()).length).toBeGreaterThan(0);
    }
    expect((await fetch(base + '/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('keeps the first load under 1 MB gzipped', () => {
    expect(firstLoadGzipBytes().bytes).toBeLessThan(1024 * 1024);
  });

  it('answers unknown API-ish paths and missing files with JSON 404, and leaves the API routes alone', async () => {
    for (const path of ['/api/cases', '/assets/nope-123.js', '/graphql/extra', '/explorer/assets/none.js', '/robots.txt']) {
      const res = await fetch(base + path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ error: 'not found' });
    }
    expect((await fetch(base + '/health')).status).toBe(200);
    expect(await (await fetch(base + '/explorer')).text()).toContain('综治中心 GraphQL 浏览器');
    const toExplorer = await fetch(p.gatewayUrl, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(toExplorer.status).toBe(302);
    expect((await fetch(base + '/cases', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
  });
});

const INTAKE = `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`;

describe("the console's documents through the gateway", () => {
  it('log in, list and open cases, walk the region tree, log out — without an error', async () => {
    const login = await p.gql(print(LoginDocument), { username: 'town-a-operator', password: 'demo' });
    expect(login.errors).toBeUndefined();
    const { token, user } = login.data!.login;
    expect(user).toMatchObject({ username: 'town-a-operator', roles: ['OPERATOR'], region: { level: 'TOWN', parent: { level: 'COUNTY' } } });
    // This file's own cases (the template database has none): six, so the list has a second page.
    for (let n = 1; n <= 6; n++) {
      const r = await p.gql(INTAKE, { input: {
        title: `工作台测试 ${n}`, description: '邻里纠纷，请求调解。', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: user.region.id,
        parties: [{ name: '陈某', role: 'APPLICANT', phone: `1390000${1000 + n}` }],
      } }, token);
      expect(r.errors).toBeUndefined();
    }

    const list = await p.gql(print(CaseListDocument), { filter: { status: ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'] }, first: 5 }, token);
    expect(list.errors).toBeUndefined();
    expect(list.extensions?.valueCompletion).toBeUndefined();
    const { edges, totalCount, pageInfo } = list.data!.cases;
    expect(totalCount).toBe(6);
    expect(pageInfo.hasNextPage).toBe(true);
    expect(edges[0].node).toMatchObject({ code: expect.any(String), handlingCenter: { name: expect.any(String) }, supervision: { deadlineAt: expect.any(String) } });

    const next = await p.gql(print(CaseListDocument), { filter: { status: ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'] }, first: 5, after: pageInfo.endCursor }, token);
    expect(next.errors).toBeUndefined();
    expect(next.data!.cases.edges.map((e: { node: { id: string } }) => e.node.id)).toHaveLength(1);
    const search = await p.gql(print(CaseListDocument), { filter: { search: '工作台测试 3', regionId: user.region.id, overdue: false }, first: 5 }, token);
    expect(search.data!.cases.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['工作台测试 3']);

    const one = await p.gql(print(CaseFileDocument), { id: edges[0].node.id }, token);
    expect(one.data!.case).toMatchObject({ id: edges[0].node.id, code: edges[0].node.code });

    const children = await p.gql(print(RegionChildrenDocument), { parentId: user.region.id }, token);
    expect(children.errors).toBeUndefined();
    const village = children.data!.regions[0];
    expect(village.level).toBe('VILLAGE');
    const path = await p.gql(print(RegionPathDocument), { id: village.id }, token);
    expect(path.data!.region.path.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([user.region.id, village.id]));

    const logout = await p.gql(print(LogoutDocument), {}, token);
    expect(logout.data).toEqual({ logout: true });
    const after = await p.gql(print(CaseListDocument), { first: 1 }, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a wrong password answers UNAUTHENTICATED, which the login page words as such', async () => {
    const r = await p.gql(print(LoginDocument), { username: 'town-a-operator', password: 'wrong' });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
