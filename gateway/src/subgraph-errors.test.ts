import { clientErrorFromSubgraph } from './subgraph-errors';

describe('clientErrorFromSubgraph', () => {
  it('relays a subgraph 400 for a rejected variable as BAD_USER_INPUT naming the field (was INTERNAL_SERVER_ERROR)', () => {
    const e = clientErrorFromSubgraph(400, { errors: [{
      message: 'Variable "$input" got invalid value "+275760-09-12T23:59:59.979Z" at "input.dueAt"; DateTime must be an ISO-8601 string',
      extensions: { code: 'BAD_USER_INPUT' },
    }] });
    expect(e?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
    expect(e?.message).toContain('DateTime');
  });

  it('keeps an explicit field and the domain codes', () => {
    expect(clientErrorFromSubgraph(409, { errors: [{ message: 'x', extensions: { code: 'CONFLICT', field: 'id' } }] })?.extensions).toEqual({ code: 'CONFLICT', field: 'id' });
  });

  it('leaves server faults, codeless bodies and non-4xx statuses to the default (masked) path', () => {
    expect(clientErrorFromSubgraph(400, { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toBeNull();
    expect(clientErrorFromSubgraph(400, { errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] })).toBeNull();
    expect(clientErrorFromSubgraph(400, { errors: [{ message: 'x' }] })).toBeNull();
    expect(clientErrorFromSubgraph(400, 'Bad Request')).toBeNull();
    expect(clientErrorFromSubgraph(500, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] })).toBeNull();
  });
});
