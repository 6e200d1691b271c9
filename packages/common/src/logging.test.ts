import { apolloLogger, createLogger, setLogSink, type Logger } from './logging';

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

describe('setLogSink', () => {
  it('receives every line at every level as JSON, whatever the threshold, until removed', () => {
    const lines: string[] = [];
    setLogSink((l) => lines.push(l));
    try {
      const log = createLogger('t');
      log.debug('below the test threshold', { a: 1 });
      log.error('failed', { err: new Error('boom') });
    } finally {
      setLogSink(null);
    }
    createLogger('t').error('not captured');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'debug', name: 't', msg: 'below the test threshold', a: 1 }),
      expect.objectContaining({ level: 'error', msg: 'failed', err: expect.objectContaining({ message: 'boom' }) }),
    ]);
  });
});
