import { AUTHENTICATED_HEADER, IDENTITY_HEADER, parseConfig, signUserToken, verifyForwardedIdentity, ANONYMOUS, type Identity } from '@zz/common';
import { Authenticator, type TokenStatus } from './auth';
import type { GatewayContext } from './context';
import { SubgraphDataSource } from './subgraph-source';
import { issuedToken } from './upgrade';

const config = parseConfig({ APP_ENV: 'test' });
const user: Identity = { kind: 'user', userId: '11111111-1111-4111-8111-111111111111', username: 'town-a-operator', roles: ['OPERATOR'], regionId: 'r', regionCode: '441422100', tokenVersion: 0 };

/** Token status as personnel would answer, without personnel. */
class FakeAuthenticator extends Authenticator {
  status: TokenStatus = { active: true, tokenVersion: 0 };
  override async tokenStatus(): Promise<TokenStatus> { return this.status; }
}

const headers = (h: Record<string, string>) => new Map(Object.entries(h)) as unknown as { get(n: string): string | null };
const get = (h: Record<string, string>) => ({ get: (n: string) => h[n] ?? null });

describe('issuedToken', () => {
  it('is taken only from personnel, only on mutation fetches', () => {
    const h = get({ [AUTHENTICATED_HEADER]: ' tok ' });
    expect(issuedToken('personnel', 'mutation($u:String!){login(username:$u){token}}', h)).toBe('tok');
    expect(issuedToken('grid', 'mutation{x}', h)).toBeNull();
    expect(issuedToken('personnel', 'query{me{id}}', h)).toBeNull();
    expect(issuedToken('personnel', '{me{id}}', h)).toBeNull();
    expect(issuedToken('personnel', 'mutation{x}', get({}))).toBeNull();
    expect(issuedToken('personnel', undefined, h)).toBeNull();
  });
});

describe('SubgraphDataSource identity upgrade', () => {
  const auth = new FakeAuthenticator(config);
  const ds = (name: string) => new SubgraphDataSource(name, auth, { url: 'http://127.0.0.1:1/graphql' });
  const context = async (): Promise<GatewayContext> => ({ identity: ANONYMOUS, forwardedIdentity: await auth.forwardedHeader(ANONYMOUS), sqlStatements: 0 } as GatewayContext);
  const receive = async (name: string, ctx: GatewayContext, query: string, h: Record<string, string>) =>
    ds(name).didReceiveResponse({ response: { data: {}, http: { headers: headers(h) } } as never, request: { query } as never, context: ctx });
  const forwardedKind = async (ctx: GatewayContext) => (await verifyForwardedIdentity(ctx.forwardedIdentity, config.internalSecret)).username;

  beforeEach(() => { auth.status = { active: true, tokenVersion: 0 }; });

  it('a verified token from personnel\'s login makes every later fetch of the plan carry the new identity', async () => {
    const ctx = await context();
    const token = await signUserToken(user, config.jwtSecret, 600);
    await receive('personnel', ctx, 'mutation{login(username:"a",password:"b"){token}}', { [AUTHENTICATED_HEADER]: token });
    expect(ctx.identity).toMatchObject({ kind: 'user', userId: user.userId, regionCode: '441422100' });
    expect(await forwardedKind(ctx)).toBe('town-a-operator');
    // The next fetch sends it.
    const request = { http: { headers: new Map<string, string>() } };
    ds('grid').willSendRequest({ request, context: ctx } as never);
    expect(request.http.headers.get(IDENTITY_HEADER)).toBe(ctx.forwardedIdentity);
  });

  it('ignores a token it cannot verify, one of a disabled or revoked account, and one from another subgraph or a query', async () => {
    const forged = await signUserToken(user, 'another-secret-that-is-long-enough-0123456789', 600);
    const valid = await signUserToken(user, config.jwtSecret, 600);
    const cases: [string, string, string][] = [
      ['personnel', 'mutation{login{token}}', forged],
      ['personnel', 'mutation{login{token}}', 'not-a-jwt'],
      ['grid', 'mutation{x}', valid],
      ['personnel', 'query{me{id}}', valid],
    ];
    for (const [name, query, token] of cases) {
      const ctx = await context();
      const before = ctx.forwardedIdentity;
      await receive(name, ctx, query, { [AUTHENTICATED_HEADER]: token });
      expect(ctx.identity).toBe(ANONYMOUS);
      expect(ctx.forwardedIdentity).toBe(before);
    }
    auth.status = { active: false, tokenVersion: 1 };
    const ctx = await context();
    await receive('personnel', ctx, 'mutation{login{token}}', { [AUTHENTICATED_HEADER]: valid });
    expect(ctx.identity).toBe(ANONYMOUS);
  });
});
