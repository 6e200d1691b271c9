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
