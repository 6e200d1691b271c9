import { buildSchema, parse, validate } from 'graphql';
import { type Identity } from '@zz/common';
import { encodeCursor, type StoredEvent } from '@zz/events';
import { planPayload, stableJson } from './payload';
import { PayloadExecutor, scopeKey, type RunQuery } from './executor';

const schema = buildSchema(`
  enum DispatchEventKind { CASE_RECEIVED CASE_CLOSED }
  type Region { id: ID! name: String! }
  type Case { id: ID! code: String! }
  type DispatchEvent { cursor: String! kind: DispatchEventKind! region: Region! case: Case note: String }
  type Query { _dispatchEvent(cursor: String!): DispatchEvent }
  type Subscription { dispatchEvents(regionId: ID, kinds: [DispatchEventKind!], after: String): DispatchEvent! }
`);

const plan = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => planPayload(schema, parse(query), operationName, variables);

describe('planPayload', () => {
  it('turns the subscription selection into a query of _dispatchEvent, keeping the alias, fragments and only the variables the selection uses', () => {
    const p = plan(`subscription Board($kinds: [DispatchEventKind!], $after: String, $withCase: Boolean!) {
      board: dispatchEvents(kinds: $kinds, after: $after) { cursor ...F case @include(if: $withCase) { code } }
    }
    fragment F on DispatchEvent { kind region { name } }
    fragment Unused on DispatchEvent { note }`, { kinds: ['CASE_CLOSED'], after: '5_6', withCase: true });
    expect(p.args).toEqual({ regionId: null, kinds: ['CASE_CLOSED'], after: '5_6' });
    expect(p.responseKey).toBe('board');
    expect(p.variables).toEqual({ withCase: true });
    expect(p.query).toContain('query DispatchEventPayload($withCase: Boolean!, $dispatchEventCursor: String!)');
    expect(p.query).toContain('board: _dispatchEvent(cursor: $dispatchEventCursor)');
    expect(p.query).toContain('fragment F on DispatchEvent');
    expect(p.query).not.toContain('Unused');
    // The derived query is valid against the schema.
    expect(validate(schema, parse(p.query))).toEqual([]);
  });

  it('normalises: the same selection written differently shares one key; different variables do not', () => {
    const a = plan(`subscription { dispatchEvents { cursor   kind } }`);
    const b = plan(`subscription S { dispatchEvents(kinds: [CASE_RECEIVED]) {
      cursor
      kind # a comment
    } }`);
    expect(a.shareKey).toBe(b.shareKey);
    const c = plan(`subscription($x: Boolean!) { dispatchEvents { cursor note @include(if: $x) } }`, { x: true });
    const d = plan(`subscription($x: Boolean!) { dispatchEvents { cursor note @include(if: $x) } }`, { x: false });
    expect(c.shareKey).not.toBe(d.shareKey);
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });

  it('does not clash with a client variable of the cursor variable name', () => {
    const p = plan(`subscription($dispatchEventCursor: String) { dispatchEvents(after: $dispatchEventCursor) { cursor } }`, { dispatchEventCursor: '1_1' });
    expect(p.cursorVariable).toBe('dispatchEventCursor_');
    expect(p.args.after).toBe('1_1');
  });

  it('refuses queries, several root fields, root directives and bad variables with BAD_USER_INPUT', () => {
    const code = (f: () => unknown) => { try { f(); return null; } catch (e) { return (e as { extensions?: { code?: string } }).extensions?.code ?? 'thrown'; } };
    expect(code(() => plan(`{ _dispatchEvent(cursor: "1_1") { cursor } }`))).toBe('BAD_USER_INPUT');
    expect(code(() => plan(`subscription { dispatchEvents @skip(if: false) { cursor } }`))).toBe('BAD_USER_INPUT');
    expect(code(() => plan(`subscription($k: [DispatchEventKind!]) { dispatchEvents(kinds: $k) { cursor } }`, { k: ['NOPE'] }))).not.toBeNull();
  });
});

describe('PayloadExecutor', () => {
  const identity = (over: Partial<Identity> = {}): Identity => ({ kind: 'user', userId: 'u1', username: 'x', roles: ['DISPATCHER'], regionId: 'r', regionCode: '441422', ...over });
  const ev = (id: string): StoredEvent => ({ cursor: encodeCursor({ tx: '9', id }), tx: '9', id, kind: 'CASE_RECEIVED', occurredAt: new Date(), source: 't', regionId: 'r', regionCode: '441422',
    caseId: null, patrolTaskId: null, gridReportId: null, appointmentId: null, letterId: null, actorId: null, data: {} as StoredEvent<'CASE_RECEIVED'>['data'] });

  it('runs one query per event for subscribers of the same selection and scope (not per user), and separate ones otherwise', async () => {
    const calls: string[] = [];
    const run: RunQuery = async (_q, vars) => { calls.push(String(vars.dispatchEventCursor)); return { data: { dispatchEvents: { cursor: vars.dispatchEventCursor } } }; };
    const x = new PayloadExecutor(run);
    const p = plan(`subscription { dispatchEvents { cursor } }`);
    await Promise.all([x.resolve(ev('1'), p, identity()), x.resolve(ev('1'), p, identity({ userId: 'u2' })), x.resolve(ev('1'), p, identity())]);
    expect(calls).toEqual(['9_1']);
    await x.resolve(ev('1'), p, identity({ regionCode: '441422001' }));
    await x.resolve(ev('1'), p, identity({ roles: ['PARTNER'], partner: '12345' }));
    await x.resolve(ev('2'), p, identity());
    expect(calls).toHaveLength(4);
    expect(x.stats).toMatchObject({ executions: 4, shared: 2 });
    expect(scopeKey(identity({ roles: ['B', 'A'] as never }))).toBe(scopeKey(identity({ roles: ['A', 'B'] as never })));
  });

  it('skips a null payload without errors, retries failures, then reports them', async () => {
    let n = 0;
    const x = new PayloadExecutor(async () => { n++; throw new Error('subgraph down'); }, { maxConcurrent: 2, ttlMs: 1000, maxEntries: 10, retryDelaysMs: [1, 1] });
    const p = plan(`subscription { dispatchEvents { cursor } }`);
    const out = await x.resolve(ev('3'), p, identity());
    expect(out.kind).toBe('fail');
    expect(n).toBe(3);
    const y = new PayloadExecutor(async () => ({ data: { dispatchEvents: null } }));
    expect((await y.resolve(ev('4'), p, identity())).kind).toBe('skip');
  });
});
