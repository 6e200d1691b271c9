/**
 * Login state lives in PostgreSQL, not in a process (issue 12): two personnel instances on one
 * database share the failed-login counters and the login log, parallel guesses spread over both are
 * admitted only N times, a lock survives a restart of personnel, and a logout on one instance is
 * what the other answers the gateway's token-status question with.
 */
import type { DataSource } from 'typeorm';
import { ANONYMOUS, CLIENT_ADDRESS_HEADER, IDENTITY_HEADER, SERVICE_IDENTITY, signForwardedIdentity, verifyUserToken, type Config, type Identity, type RunningServer } from '@zz/common';
import { createTestDatabase, testConfig } from '@zz/platform/testing';
import { personnelService } from '../src/server';

const MAX = 4;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let config: Config;
const running: { server: RunningServer; ds: DataSource }[] = [];

async function startInstance() {
  const ds = personnelService.createDataSource(config, db.url, { poolSize: 4 });
  await ds.initialize();
  const server = await personnelService.start({ config, dataSource: ds, port: 0, host: '127.0.0.1', jobs: false });
  const instance = { server, ds };
  running.push(instance);
  return instance;
}
async function stopInstance(i: { server: RunningServer; ds: DataSource }) {
  await i.server.close();
  await i.ds.destroy();
  running.splice(running.indexOf(i), 1);
}

beforeAll(async () => {
  db = await createTestDatabase();
  config = testConfig(db.url, { login: { maxFailures: MAX, maxFailuresPerAddress: 1000, lockoutSeconds: 60, lockoutMaxSeconds: 3600, failureWindowSeconds: 86_400 } });
});
afterAll(async () => {
  for (const i of [...running]) await stopInstance(i);
  await db?.drop();
});

/** As the gateway calls personnel: a signed identity and the client address. */
async function call(i: { server: RunningServer }, query: string, variables: Record<string, unknown>, identity: Identity = ANONYMOUS, address = '192.0.2.1') {
  const res = await fetch(i.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signForwardedIdentity(identity, config.internalSecret), [CLIENT_ADDRESS_HEADER]: address },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const login = (i: { server: RunningServer }, u: string, p: string, address?: string) => call(i, LOGIN, { u, p }, ANONYMOUS, address);
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

it('failures on two instances add up, and the right password on either is refused while locked', async () => {
  const [a, b] = [await startInstance(), await startInstance()];
  for (let n = 0; n < MAX; n++) expect(code(await login(n % 2 ? b : a, 'town-a-operator', 'wrong'))).toBe('UNAUTHENTICATED');
  expect(code(await login(b, 'town-a-operator', 'demo'))).toBe('RATE_LIMITED');
  const onA = await login(a, 'town-a-operator', 'demo');
  expect(onA.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  const attempts = await a.ds.query(`SELECT reason FROM personnel.login_attempt WHERE username = 'town-a-operator' ORDER BY id`);
  expect(attempts.map((r: { reason: string }) => r.reason)).toEqual([...Array(MAX).fill('WRONG_PASSWORD'), 'LOCKED_ACCOUNT', 'LOCKED_ACCOUNT']);
});

it('the lock survives a restart of personnel', async () => {
  for (const i of [...running]) await stopInstance(i);
  const fresh = await startInstance();
  const r = await login(fresh, 'town-a-operator', 'demo');
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  expect(r.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
});

it('20 parallel guesses spread over two instances: exactly N are checked, the rest refused', async () => {
  const a = running[0] ?? (await startInstance());
  const b = await startInstance();
  const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => login(n % 2 ? b : a, 'town-b-operator', `guess-${n}`, `192.0.2.${100 + n}`)));
  const codes = answers.map(code);
  expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(MAX);
  expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - MAX);
});

it('both instances read one login log, and a logout on one is what the other tells the gateway', async () => {
  const [a, b] = running;
  const [adminRow] = await a.ds.query(`SELECT * FROM personnel.app_user WHERE username = 'admin'`);
  const admin: Identity = { kind: 'user', userId: adminRow.id, username: 'admin', roles: ['ADMIN'], regionId: adminRow.region_id, regionCode: adminRow.region_code, tokenVersion: adminRow.token_version };
  const Q = `{ loginAttempts(first: 100) { totalCount } }`;
  const [onA, onB] = [await call(a, Q, {}, admin), await call(b, Q, {}, admin)];
  expect(onA.data!.loginAttempts.totalCount).toBe(MAX + 2 + 1 + 20); // every attempt above, made on either instance
  expect(onB.data).toEqual(onA.data);

  const token = (await login(a, 'county-dispatcher', 'demo', '192.0.2.200')).data!.login.token;
  const identity = await verifyUserToken(token, config.jwtSecret);
  expect((await call(a, `mutation { logout }`, {}, identity)).data).toEqual({ logout: true });
  const status = await fetch(b.server.url.replace(/\/graphql$/, `/internal/token-status?userId=${identity.userId}&jti=${identity.jti}`), {
    headers: { [IDENTITY_HEADER]: await signForwardedIdentity(SERVICE_IDENTITY('gateway'), config.internalSecret) },
  });
  expect(await status.json()).toEqual({ active: true, tokenVersion: identity.tokenVersion, revoked: true });
});
