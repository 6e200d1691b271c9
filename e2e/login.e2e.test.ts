/**
 * What a frontend asks first: `login` with the whole payload, for every demo account. The user's
 * region lives in grid and is resolved there with the identity login has just proved (issue 12).
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';

const DEMO_ACCOUNTS = [
  'admin', 'county-operator', 'county-dispatcher', 'county-supervisor', 'town-a-operator', 'town-b-operator',
  'village-a-operator', 'village-b-operator', 'grid-a-worker', 'mediator-gold', 'partner-12345',
];

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
  token user { id username displayName roles region { id code name level parent { id code name level } } } } }`;

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

describe('login returns its whole payload', () => {
  it.each(DEMO_ACCOUNTS)('%s gets token, user and region (with parent) without errors', async (username) => {
    const r = await p.gql(LOGIN, { u: username, p: 'demo' });
    // The gateway reports a nulled non-nullable field in extensions.valueCompletion, not in errors.
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.valueCompletion).toBeUndefined();
    expect(r.data?.login).toBeTruthy();
    const { token, user } = r.data!.login;
    expect(token).toEqual(expect.any(String));
    expect(user.username).toBe(username);
    expect(user.region).toMatchObject({ id: expect.any(String), code: expect.stringMatching(/^441422/), name: expect.any(String) });
    if (user.region.level === 'COUNTY') expect(user.region.parent).toBeNull();
    else expect(user.region.parent).toMatchObject({ code: user.region.code.slice(0, user.region.code.length - 3) });

    // `me` with the token answers the same selection the same way.
    const me = await p.gql(`{ me { id username displayName roles region { id code name level parent { id code name level } } } }`, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.extensions?.valueCompletion).toBeUndefined();
    expect(me.data!.me).toEqual(user);
  });
});

describe('the rest of the request runs as the user login has proved', () => {
  it('fields resolved in personnel itself are scoped to the new identity too (a mediator account sees its record)', async () => {
    const r = await p.gql(`mutation { login(username: "mediator-gold", password: "demo") { user { mediator { goldTeam brand center { region { name } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.valueCompletion).toBeUndefined();
    expect(r.data!.login.user.mediator).toMatchObject({ goldTeam: true, brand: expect.any(String), center: { region: { name: expect.any(String) } } });
  });

  it('a failed login upgrades nothing', async () => {
    const r = await p.gql(`mutation { login(username: "town-a-operator", password: "wrong") { token user { region { name } } } }`);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
  });

  it('one login per request: a second one in the same operation is refused, so the answer belongs to one identity', async () => {
    const r = await p.gql(`mutation { a: login(username: "town-a-operator", password: "demo") { token } b: login(username: "town-b-operator", password: "demo") { token } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(r.errors?.[0].path).toEqual(['b']);
  });
});
