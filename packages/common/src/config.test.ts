import { ConfigError, parseConfig } from './config';

describe('operation limits in the configuration', () => {
  it('has defaults that fit the console (see the README configuration table)', () => {
    expect(parseConfig({ APP_ENV: 'test' }).limits).toMatchObject({ maxDepth: 12, maxCost: 50000, maxAliases: 15, maxDirectives: 30, maxTokens: 1000 });
  });

  it('reads MAX_QUERY_DEPTH, MAX_QUERY_COST, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS', () => {
    const c = parseConfig({ APP_ENV: 'test', MAX_QUERY_DEPTH: '8', MAX_QUERY_COST: '2000', MAX_ALIASES: '4', MAX_DIRECTIVES: '5', MAX_TOKENS: '400' });
    expect(c.limits).toMatchObject({ maxDepth: 8, maxCost: 2000, maxAliases: 4, maxDirectives: 5, maxTokens: 400 });
  });

  it('reports every bad limit at once', () => {
    let err: unknown;
    try {
      parseConfig({ APP_ENV: 'test', MAX_ALIASES: 'many', MAX_TOKENS: '10' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems).toEqual([
      'MAX_ALIASES must be an integer between 0 and 10000 (got "many")',
      'MAX_TOKENS must be an integer between 50 and 1000000 (got "10")',
    ]);
  });
});

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
