import { SignJWT } from 'jose';
import { parseConfig, signUserToken, type Identity } from '@zz/common';
import { Authenticator, refusal, type TokenStatus } from './auth';

const config = { ...parseConfig({ APP_ENV: 'test' }), tokenStatusCacheMs: 60_000 };
const user: Identity = { kind: 'user', userId: '11111111-1111-4111-8111-111111111111', username: 'u', roles: ['OPERATOR'], regionId: 'r', regionCode: '441422', tokenVersion: 2 };

/** personnel's /internal/token-status, in memory: counts the questions, answers per jti. */
class StubbedAuthenticator extends Authenticator {
  asked: (string | null | undefined)[] = [];
  revoked = new Set<string>();
  active = true;
  protected override async fetchStatus(_userId: string, jti?: string | null): Promise<TokenStatus> {
    this.asked.push(jti);
    return { active: this.active, tokenVersion: 2, revoked: !!jti && this.revoked.has(jti) };
  }
}

describe('refusal', () => {
  it('refuses a disabled account, another token version and a logged-out token', () => {
    expect(refusal(user, { active: true, tokenVersion: 2 })).toBeNull();
    expect(refusal(user, { active: false, tokenVersion: 2 })?.reason).toBe('revoked');
    expect(refusal(user, { active: true, tokenVersion: 3 })?.reason).toBe('revoked');
    expect(refusal(user, { active: true, tokenVersion: 2, revoked: true })?.message).toMatch(/logged out/);
  });
});

describe('Authenticator', () => {
  it('a verified (cached) token that is then logged out is refused once personnel says so, and forget() asks again at once', async () => {
    const auth = new StubbedAuthenticator(config);
    const token = await signUserToken(user, config.jwtSecret, 600);
    const id = await auth.identify(`Bearer ${token}`);
    expect(id.jti).toEqual(expect.any(String));
    await auth.identify(`Bearer ${token}`);
    expect(auth.asked).toHaveLength(1); // status cached
    auth.revoked.add(id.jti!);
    auth.forget(user.userId!);
    await expect(auth.identify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    await expect(auth.identify(`Bearer ${token}`)).rejects.toMatchObject({ reason: 'revoked' });
  });

  it('keeps the status of each token apart: revoking one jti does not refuse another token of the account', async () => {
    const auth = new StubbedAuthenticator(config);
    const [a, b] = [await signUserToken(user, config.jwtSecret, 600), await signUserToken(user, config.jwtSecret, 600)];
    const ja = (await auth.identify(`Bearer ${a}`)).jti!;
    auth.revoked.add(ja);
    auth.forget(user.userId!);
    await expect(auth.identify(`Bearer ${a}`)).rejects.toMatchObject({ reason: 'revoked' });
    expect((await auth.identify(`Bearer ${b}`)).jti).not.toBe(ja);
  });

  it('gives a token issued without a jti a stable one derived from the token, so it can be logged out too', async () => {
    const auth = new StubbedAuthenticator(config);
    const legacy = await new SignJWT({ username: 'u', roles: ['OPERATOR'], rid: 'r', rcode: '441422', ver: 2 })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(user.userId!).setIssuer('zz-platform').setAudience('zz-user')
      .setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(config.jwtSecret));
    const first = await auth.identify(`Bearer ${legacy}`);
    expect(first.jti).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect((await new StubbedAuthenticator(config).identify(`Bearer ${legacy}`)).jti).toBe(first.jti);
  });

  it('forwards a header per token (the jti travels to personnel, which logs out exactly it)', async () => {
    const auth = new StubbedAuthenticator(config);
    const h1 = await auth.forwardedHeader({ ...user, jti: 'one' });
    expect(await auth.forwardedHeader({ ...user, jti: 'one' })).toBe(h1);
    expect(await auth.forwardedHeader({ ...user, jti: 'two' })).not.toBe(h1);
  });
});
