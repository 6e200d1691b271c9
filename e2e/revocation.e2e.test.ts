/**
 * Revoking tokens (issue 12): `logout` revokes exactly the token it was sent with, `logout(allDevices:
 * true)` every token of the account, an admin's `disableUser` stops existing tokens within a minute
 * everywhere (at once on the gateway that carried it), and an open websocket closes with 4401.
 * The gateway caches token status here (TOKEN_STATUS_CACHE_MS 1.5 s), as it does in production.
 */
import { createGatewayServer, type GatewayServer } from '@zz/gateway';
import { CLOSE_CODES } from '@zz/gateway';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { sleep, subscribe, wsUrlOf, type TestSubscriber } from './support/dispatch';

const CACHE_MS = 1500;
let p: TestPlatform;
let admin: string;
beforeAll(async () => {
  p = await startTestPlatform({ config: { tokenStatusCacheMs: CACHE_MS } });
  admin = await p.login('admin');
});
afterAll(async () => {
  await p?.stop();
});

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id } } }`;

async function newAccount(username: string): Promise<{ id: string; login(): Promise<string> }> {
  const region = (await p.gql(`{ me { region { id } } }`, {}, admin)).data!.me.region.id;
  const r = await p.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { username, displayName: username, password: 'secret2026', roles: ['DISPATCHER'], regionId: region },
  }, admin);
  expect(r.errors).toBeUndefined();
  return {
    id: r.data!.createUser.id,
    async login() {
      const l = await p.gql(LOGIN, { u: username, p: 'secret2026' });
      expect(l.errors).toBeUndefined();
      return l.data!.login.token as string;
    },
  };
}

const me = (token: string, g?: GatewayServer) => (g ? gqlAt(g, `{ me { id } }`, token) : p.gql(`{ me { id } }`, {}, token));
async function gqlAt(g: GatewayServer, query: string, token: string) {
  const res = await fetch(`http://127.0.0.1:${(g.httpServer.address() as { port: number }).port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string }; message: string }[] };
}

describe('logout', () => {
  it('revokes exactly the token it was sent with, at once, though its status was cached a moment before', async () => {
    const u = await newAccount('logout-one');
    const [a, b] = [await u.login(), await u.login()];
    expect((await me(a)).data!.me.id).toBe(u.id); // verified and status cached now
    const out = await p.gql(`mutation { logout }`, {}, a);
    expect(out.errors).toBeUndefined();
    expect(out.data!.logout).toBe(true);
    const refused = await me(a);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toMatch(/注销|logged out/);
    expect((await me(b)).data!.me.id).toBe(u.id);
    // A revoked token cannot log itself out again, and the jti is kept (until the token's expiry).
    expect(codeOf(await p.gql(`mutation { logout }`, {}, a))).toBe('UNAUTHENTICATED');
    const [row] = await p.sql(`SELECT user_id, expires_at FROM personnel.revoked_token WHERE user_id = $1`, [u.id]);
    expect(row.user_id).toBe(u.id);
    expect(new Date(row.expires_at).getTime()).toBeGreaterThan(Date.now() + (p.config.tokenTtlSeconds - 60) * 1000);
  });

  it('with allDevices revokes every token of the account; a new login works', async () => {
    const u = await newAccount('logout-all');
    const [a, b] = [await u.login(), await u.login()];
    expect((await p.gql(`mutation { logout(allDevices: true) }`, {}, a)).data!.logout).toBe(true);
    expect(codeOf(await me(a))).toBe('UNAUTHENTICATED');
    expect(codeOf(await me(b))).toBe('UNAUTHENTICATED');
    expect((await me(await u.login())).data!.me.id).toBe(u.id);
  });

  it('needs a token', async () => {
    expect(codeOf(await p.gql(`mutation { logout }`))).toBe('UNAUTHENTICATED');
  });
});

describe('disableUser', () => {
  it('stops existing tokens at once on this gateway, and within TOKEN_STATUS_CACHE_MS on another', async () => {
    const other = await createGatewayServer(p.config);
    try {
      await other.listen(0, '127.0.0.1');
      const u = await newAccount('disable-me');
      const token = await u.login();
      expect((await me(token, other)).data!.me.id).toBe(u.id); // cached as active on the other gateway
      expect((await p.gql(`mutation($id: ID!) { disableUser(id: $id) { active } }`, { id: u.id }, admin)).data!.disableUser.active).toBe(false);
      const disabledAt = Date.now();
      expect(codeOf(await me(token))).toBe('UNAUTHENTICATED');
      let refusedAt = 0;
      while (!refusedAt) {
        if (codeOf(await me(token, other)) === 'UNAUTHENTICATED') refusedAt = Date.now();
        else await sleep(100);
        if (Date.now() - disabledAt > 60_000) throw new Error('still accepted after a minute');
      }
      expect(refusedAt - disabledAt).toBeLessThan(CACHE_MS + 1000);
    } finally {
      await other.close();
    }
  });
});

describe('websocket', () => {
  it('closes the socket of a logged-out token with 4401, and only that one', async () => {
    const g = await createGatewayServer(p.config, { subscriptions: { authRecheckMs: 100 } });
    const subs: TestSubscriber[] = [];
    try {
      const url = wsUrlOf(await g.listen(0, '127.0.0.1'));
      const u = await newAccount('ws-logout');
      const [a, b] = [await u.login(), await u.login()];
      const Q = `subscription { dispatchEvents { cursor kind } }`;
      subs.push(subscribe(url, a, Q), subscribe(url, b, Q));
      const deadline = Date.now() + 10_000;
      while (g.subscriptions.stats().subscribers < 2) {
        if (Date.now() > deadline) throw new Error('subscriptions did not start');
        await sleep(20);
      }
      expect((await p.gql(`mutation { logout }`, {}, a)).data!.logout).toBe(true);
      const closed = await subs[0].waitClosed(CACHE_MS + 5000);
      expect(closed.code).toBe(CLOSE_CODES.UNAUTHORIZED);
      expect(closed.reason).toMatch(/revoked/);
      await sleep(CACHE_MS + 300);
      expect(subs[1].closed).toBeNull();
    } finally {
      for (const s of subs) await s.dispose().catch(() => undefined);
      await g.close();
    }
  });
});
