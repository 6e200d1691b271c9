/**
 * Login abuse through the gateway (issue 12): failed logins back off per account and per client
 * address and answer RATE_LIMITED with retryAfterSeconds — the same for unknown accounts, and the right
 * password while locked does not log in; a success resets the account; every attempt is in the login
 * log, which SUPERVISOR and ADMIN read for their jurisdiction.
 *
 * TRUST_PROXY=1 here, so each test comes "from" its own X-Forwarded-For address and the per-address
 * counter of one test does not leak into the next.
 */
import { createGatewayServer } from '@zz/gateway';
import { startTestPlatform, type GraphQLResult, type TestPlatform } from '@zz/platform/testing';

const MAX = 5;
const PER_ADDRESS = 12;
let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ config: { trustProxyHops: 1, login: { maxFailures: MAX, maxFailuresPerAddress: PER_ADDRESS, lockoutSeconds: 60, lockoutMaxSeconds: 3600, failureWindowSeconds: 86_400 } } });
});
afterAll(async () => {
  await p?.stop();
});

let lastOctet = 10;
const newAddress = () => `198.51.100.${lastOctet++}`;

async function gql(query: string, variables: Record<string, unknown>, opts: { from?: string; token?: string; url?: string } = {}): Promise<GraphQLResult> {
  const res = await fetch(opts.url ?? p.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.from ? { 'x-forwarded-for': opts.from } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResult;
}
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const login = (u: string, pw: string, from: string, url?: string) => gql(LOGIN, { u, p: pw }, { from, url });
const err = (r: GraphQLResult) => r.errors?.[0];
const ATTEMPTS = `query($f: LoginAttemptFilter, $first: Int, $after: String) { loginAttempts(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { at username user { id username } clientAddress success reason } } } }`;

describe('per account', () => {
  it('12 wrong passwords, then the right one: N are refused as wrong, the rest RATE_LIMITED, the right one too', async () => {
    const from = newAddress();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await login('town-a-operator', `wrong-${i}`, from));
    const right = await login('town-a-operator', 'demo', from);
    expect(answers.slice(0, MAX).map((r) => err(r)?.extensions?.code)).toEqual(Array(MAX).fill('UNAUTHENTICATED'));
    expect(new Set(answers.slice(0, MAX).map((r) => err(r)?.message)).size).toBe(1);
    for (const r of [...answers.slice(MAX), right]) {
      expect(err(r)?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(r.data).toBeNull();
    }
    const retry = err(right)!.extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(err(right)!.message).toMatch(new RegExp(`${retry}`));
  });

  it('an unknown account gets exactly the same answers', async () => {
    const run = async (username: string) => {
      const from = newAddress();
      const out = [];
      for (let i = 0; i < MAX + 2; i++) out.push(await login(username, 'wrong', from));
      return out.map((r) => ({ code: err(r)?.extensions?.code, message: err(r)?.message?.replace(/\d+/g, 'N'), keys: Object.keys(err(r)?.extensions ?? {}).sort() }));
    };
    const known = await run('town-b-operator');
    const unknown = await run('no-such-person');
    expect(unknown).toEqual(known);
    expect(known[MAX].code).toBe('RATE_LIMITED');
  });

  it('the counter is per username as typed, normalised: case and full-width forms share it', async () => {
    const from = newAddress();
    for (let i = 0; i < MAX; i++) await login(i % 2 ? 'VILLAGE-A-OPERATOR' : ' village-a-operator ', 'wrong', from);
    expect(err(await login('ｖｉｌｌａｇｅ-ａ-ｏｐｅｒａｔｏｒ', 'demo', from))?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('a success resets the account\'s counter', async () => {
    const from = newAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX - 1; i++) expect(err(await login('village-b-operator', 'wrong', from))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await login('village-b-operator', 'demo', from)).data?.login.token).toEqual(expect.any(String));
    }
  });

  it('after the lockout the account gets N more tries, then a twice as long lockout', async () => {
    const from = newAddress();
    for (let i = 0; i <= MAX; i++) await login('county-operator', 'wrong', from);
    // Time passes: the lock runs out (the counter lives in PostgreSQL, so that is where the clock is moved).
    await p.sql(`UPDATE personnel.login_throttle SET locked_until = now() - interval '1 second' WHERE kind = 'ACCOUNT' AND key = 'county-operator'`);
    for (let i = 0; i < MAX; i++) expect(err(await login('county-operator', 'wrong', from))?.extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await login('county-operator', 'demo', from);
    expect(err(locked)?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(err(locked)!.extensions!.retryAfterSeconds).toBeGreaterThan(60);
    expect(err(locked)!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(120);
    await p.sql(`UPDATE personnel.login_throttle SET locked_until = now() - interval '1 second' WHERE kind = 'ACCOUNT' AND key = 'county-operator'`);
    expect((await login('county-operator', 'demo', from)).data?.login.token).toEqual(expect.any(String));
  });

  it('odd input is an ordinary failed login, never an internal error', async () => {
    const from = newAddress();
    for (const u of ['', '\u0000admin', 'x'.repeat(10_000), '😀'.repeat(100), "admin' OR '1'='1", '{"$ne":null}']) {
      const r = await login(u, '\u0000'.repeat(3), from);
      // NUL cannot be stored: every subgraph refuses it as BAD_USER_INPUT before any resolver runs
      // (storable-text.ts) — whether or not the account exists, so it tells nothing either.
      expect(['UNAUTHENTICATED', 'BAD_USER_INPUT']).toContain(err(r)?.extensions?.code);
    }
  });
});

describe('per client address', () => {
  it('failures over many accounts from one address lock the address, for every account, right password included', async () => {
    const from = newAddress();
    for (let i = 0; i < PER_ADDRESS; i++) expect(err(await login(`sprayed-${i}`, 'wrong', from))?.extensions?.code).toBe('UNAUTHENTICATED');
    const r = await login('grid-a-worker', 'demo', from);
    expect(err(r)?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // The same account from another address is fine: its own counter is clean.
    expect((await login('grid-a-worker', 'demo', newAddress())).data?.login.token).toEqual(expect.any(String));
    const [row] = await p.sql(`SELECT reason, client_address FROM personnel.login_attempt WHERE username = 'grid-a-worker' ORDER BY id DESC LIMIT 1 OFFSET 1`);
    expect(row).toEqual({ reason: 'LOCKED_ADDRESS', client_address: from });
  });

  it('a success from the address does not wipe the address counter (an insider cannot launder a spray)', async () => {
    const from = newAddress();
    for (let i = 0; i < PER_ADDRESS - 1; i++) await login(`launder-${i}`, 'wrong', from);
    expect((await login('mediator-gold', 'demo', from)).data?.login.token).toEqual(expect.any(String));
    await login('launder-x', 'wrong', from);
    expect(err(await login('launder-y', 'wrong', from))?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('X-Forwarded-For counts only when TRUST_PROXY says so', async () => {
    const direct = await createGatewayServer({ ...p.config, trustProxyHops: 0 });
    try {
      const url = await direct.listen(0, '127.0.0.1');
      await login('xff-probe', 'wrong', '203.0.113.77', url);
      await login('xff-probe', 'wrong', '203.0.113.77');
      const rows = await p.sql(`SELECT client_address FROM personnel.login_attempt WHERE username = 'xff-probe' ORDER BY id`);
      expect(rows.map((r) => r.client_address)).toEqual(['127.0.0.1', '203.0.113.77']);
    } finally {
      await direct.close();
    }
  });
});

describe('the login log', () => {
  let admin: string;
  let townBAdmin: string;
  let townASupervisor: string;
  beforeAll(async () => {
    admin = (await login('admin', 'demo', newAddress())).data!.login.token;
    const regionOf = async (u: string) => (await p.sql(`SELECT region_id FROM personnel.app_user WHERE username = $1`, [u]))[0].region_id;
    const create = async (username: string, roles: string[], regionId: string) => {
      const r = await gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username, displayName: username, password: 'audit2026', roles, regionId } }, { token: admin });
      expect(r.errors).toBeUndefined();
      return (await login(username, 'audit2026', newAddress())).data!.login.token as string;
    };
    townBAdmin = await create('town-b-admin', ['ADMIN'], await regionOf('town-b-operator'));
    townASupervisor = await create('town-a-supervisor', ['SUPERVISOR'], await regionOf('town-a-operator'));
    // Attempts of every kind, whatever the tests above left.
    const from = newAddress();
    for (const u of ['no-such-person', 'town-a-operator', 'town-b-operator']) await login(u, 'wrong', from);
  });

  const all = async (token: string, filter: Record<string, unknown> = {}) => {
    const r = await gql(ATTEMPTS, { f: filter, first: 100 }, { token });
    expect(r.errors).toBeUndefined();
    return r.data!.loginAttempts as { totalCount: number; edges: { node: { username: string; user: { username: string } | null; success: boolean; reason: string; clientAddress: string } }[] };
  };

  it('records who, when, from where and the outcome; never the password', async () => {
    const from = newAddress();
    await login('county-dispatcher', 'Hunter2-secret', from);
    await login('county-dispatcher', 'demo', from);
    const log = await all(admin, { username: 'County-Dispatcher', clientAddress: from });
    expect(log.edges.map((e) => [e.node.reason, e.node.success, e.node.user?.username, e.node.clientAddress])).toEqual([
      ['SUCCESS', true, 'county-dispatcher', from],
      ['WRONG_PASSWORD', false, 'county-dispatcher', from],
    ]);
    const text = JSON.stringify(await p.sql(`SELECT * FROM personnel.login_attempt`));
    expect(text).not.toMatch(/Hunter2-secret|"demo"/);
  });

  it('a county SUPERVISOR reads its accounts but not unknown usernames; a county ADMIN reads those too', async () => {
    const supervisor = (await login('county-supervisor', 'demo', newAddress())).data!.login.token;
    const seen = await all(supervisor, { success: false });
    expect(seen.edges.length).toBeGreaterThan(0);
    expect(seen.edges.every((e) => e.node.user !== null)).toBe(true);
    const byAdmin = await all(admin, { username: 'no-such-person' });
    expect(byAdmin.totalCount).toBeGreaterThan(0);
    expect(byAdmin.edges.every((e) => e.node.reason === 'UNKNOWN_USER' || e.node.reason === 'LOCKED_ACCOUNT')).toBe(true);
    expect((await all(supervisor, { username: 'no-such-person' })).totalCount).toBe(0);
  });

  it('a town ADMIN or SUPERVISOR reads only its town\'s accounts', async () => {
    const townB = await all(townBAdmin);
    expect(townB.edges.length).toBeGreaterThan(0);
    expect(new Set(townB.edges.map((e) => e.node.user?.username))).not.toContain('town-a-operator');
    expect(townB.edges.every((e) => e.node.user !== null)).toBe(true);
    expect((await all(townBAdmin, { username: 'town-a-operator' })).totalCount).toBe(0);
    expect((await all(townASupervisor, { username: 'town-a-operator' })).totalCount).toBeGreaterThan(0);
    expect((await all(townASupervisor, { username: 'town-b-operator' })).totalCount).toBe(0);
  });

  it('other roles are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    for (const u of ['county-operator', 'county-dispatcher', 'grid-a-worker', 'mediator-gold', 'partner-12345']) {
      const token = (await login(u, 'demo', newAddress())).data?.login.token;
      expect(err(await gql(ATTEMPTS, {}, { token }))?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(err(await gql(ATTEMPTS, {}, {}))?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages newest first and filters by time; bad filters are typed errors naming the field', async () => {
    // Paging two at a time gives exactly the log in the database's order, newest first.
    const f = { username: 'town-a-operator' };
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await gql(ATTEMPTS, { f, first: 2, after }, { token: admin })).data!.loginAttempts;
      paged.push(...page.edges.map((e: { node: { at: string; reason: string } }) => `${e.node.at} ${e.node.reason}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const rows = await p.sql(`SELECT at, reason FROM personnel.login_attempt WHERE username = 'town-a-operator' ORDER BY id DESC`);
    expect(rows.length).toBeGreaterThan(12);
    expect(paged).toEqual(rows.map((r) => `${new Date(r.at).toISOString()} ${r.reason}`));
    const future = await all(admin, { from: new Date(Date.now() + 3600_000).toISOString() });
    expect(future.totalCount).toBe(0);
    const bad = await gql(ATTEMPTS, { f: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z', clientAddress: 'x' } }, { token: admin });
    expect(err(bad)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect((err(bad)?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['filter.to', 'filter.clientAddress']);
    expect(err(await gql(ATTEMPTS, { after: 'garbage' }, { token: admin }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    await expect(p.sql(`UPDATE personnel.login_attempt SET success = true`)).rejects.toThrow(/append-only/);
    await expect(p.sql(`DELETE FROM personnel.login_attempt`)).rejects.toThrow(/append-only/);
    await expect(p.sql(`TRUNCATE personnel.login_attempt`)).rejects.toThrow(/append-only/);
  });
});
