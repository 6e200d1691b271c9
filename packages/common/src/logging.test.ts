import { apolloLogger, type Logger } from './logging';

function recording(): { log: Logger; lines: [string, string, Record<string, unknown> | undefined][] } {
  const lines: [string, string, Record<string, unknown> | undefined][] = [];
  const log: Logger = {
    debug: (m, f) => lines.push(['debug', m, f]), info: (m, f) => lines.push(['info', m, f]),
    warn: (m, f) => lines.push(['warn', m, f]), error: (m, f) => lines.push(['error', m, f]), child: () => log,
  };
  return { log, lines };
}

describe('apolloLogger', () => {
  it('passes strings through, keeps errors as errors and shows objects as JSON, at the same level', () => {
    const { log, lines } = recording();
    const apollo = apolloLogger(log);
    const err = new Error('subgraph down');
    apollo.warn('plain');
    apollo.error(err);
    apollo.info({ errors: [{ message: 'x' }] });
    expect(lines).toEqual([
      ['warn', 'plain', undefined],
      ['error', 'subgraph down', { err }],
      ['info', '{"errors":[{"message":"x"}]}', undefined],
    ]);
  });
});
