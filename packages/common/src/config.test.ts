import { ConfigError, parseConfig } from './config';

const problems = (env: Record<string, string>) => {
  try {
    parseConfig({ APP_ENV: 'test', ...env });
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('login and proxy configuration (issue 12)', () => {
  it('has safe defaults: no proxy trusted, 5 failures per account, 50 per address, 60 s doubling to an hour', () => {
    const c = parseConfig({ APP_ENV: 'test' });
    expect(c.trustProxyHops).toBe(0);
    expect(c.login).toEqual({ maxFailures: 5, maxFailuresPerAddress: 50, lockoutSeconds: 60, lockoutMaxSeconds: 3600, failureWindowSeconds: 86_400 });
    expect(c.tokenStatusCacheMs).toBe(5000);
  });

  it('reads TRUST_PROXY as off, true (one hop) or a number of hops', () => {
    expect(parseConfig({ APP_ENV: 'test', TRUST_PROXY: 'false' }).trustProxyHops).toBe(0);
    expect(parseConfig({ APP_ENV: 'test', TRUST_PROXY: 'true' }).trustProxyHops).toBe(1);
    expect(parseConfig({ APP_ENV: 'test', TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
    expect(problems({ TRUST_PROXY: 'sometimes' })).toEqual([expect.stringMatching(/^TRUST_PROXY/)]);
  });

  it('refuses a maximum lockout below the base, and a status cache that would let a disabled account live past a minute', () => {
    expect(problems({ LOGIN_LOCKOUT_SECONDS: '600', LOGIN_LOCKOUT_MAX_SECONDS: '60' })).toEqual([expect.stringMatching(/LOGIN_LOCKOUT_MAX_SECONDS/)]);
    expect(problems({ TOKEN_STATUS_CACHE_MS: '60000' })).toEqual([expect.stringMatching(/^TOKEN_STATUS_CACHE_MS/)]);
    expect(problems({ LOGIN_MAX_FAILURES: '0' })).toEqual([expect.stringMatching(/^LOGIN_MAX_FAILURES/)]);
  });
});
