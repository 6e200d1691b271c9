/** The fuzzer's checks must catch leaks, and must not flag the client's own input echoed back. */
import { changedTables, responseProblems } from './oracle';

const err = (message: string, extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT' }) => ({ errors: [{ message, extensions }] });

describe('responseProblems', () => {
  it('flags 5xx, INTERNAL_SERVER_ERROR, missing codes, stack traces, paths, SQL and PostgreSQL text', () => {
    expect(responseProblems(500, {})).toEqual(['HTTP 500']);
    expect(responseProblems(200, err('x', { code: 'INTERNAL_SERVER_ERROR' }))[0]).toMatch(/INTERNAL_SERVER_ERROR/);
    expect(responseProblems(200, err('x', {}))[0]).toMatch(/without extensions.code/);
    for (const m of ['Error: x\n    at Foo.bar (/work/app/src/x.ts:1:2)', 'in /work/wt/services/cases/src/a.ts', 'SELECT id FROM cases.party',
      'null value in column "title" violates not-null constraint', 'syntax error at or near "DROP"', 'QueryFailedError: boom', 'invalid input syntax for type uuid']) {
      expect(responseProblems(200, err(m)).length).toBeGreaterThan(0);
    }
  });

  it('does not count the client\'s own values quoted back by graphql-js', () => {
    const sent = { input: { title: "'; DROP TABLE x;--", note: 'SELECT pg_sleep(5); --' } };
    const message = 'Variable "$input" got invalid value { title: "\'; DROP TABLE x;--", note: "SELECT pg_sleep(5); --" }; Field "x" of required type "String!" was not provided.';
    expect(responseProblems(200, err(message), sent)).toEqual([]);
    expect(responseProblems(200, err('标题长度应为 2–100 个字符 (at least 2 characters)'))).toEqual([]);
  });
});

describe('changedTables', () => {
  it('sees a new row, a removed row and a rewritten row, and ignores audit tables', () => {
    const before = new Map([['cases.case', { n: 1, x: '10' }], ['grid.grid', { n: 2, x: '5' }], ['personnel.login_attempt', { n: 0, x: '0' }], ['events.dispatch_event', { n: 3, x: '7' }]]);
    const after = new Map([['cases.case', { n: 2, x: '11' }], ['grid.grid', { n: 2, x: '12' }], ['personnel.login_attempt', { n: 1, x: '12' }], ['events.dispatch_event', { n: 2, x: '7' }]]);
    expect(changedTables(before, after)).toEqual(['cases.case (1→2, rows rewritten)', 'grid.grid (2→2, rows rewritten)', 'events.dispatch_event (3→2)']);
  });
});
