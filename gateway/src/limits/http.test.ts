/**
 * The limits wired into Apollo Server exactly as gateway/src/server.ts wires them, over a small schema:
 * each refusal is HTTP 400 (403 for introspection) with its typed code and limit, never a 500.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { formatError, type Identity } from '@zz/common';
import type { GatewayContext } from '../context';
import { formatLimitErrors } from '.';
import { SCHEMA, admin, limitsWith, operator } from './testing';

let server: ApolloServer<GatewayContext>;
beforeAll(async () => {
  const limits = limitsWith();
  server = new ApolloServer<GatewayContext>({
    schema: SCHEMA,
    // graphql's default resolvers read (or call) these properties: enough data for a normal query.
    rootValue: {
      cases: () => ({ totalCount: 1, edges: [{ node: { id: '1', code: 'C1', region: { id: 'r1', name: 'r', parent: null }, assignments: [] } }] }),
      me: () => ({ id: 'u1', roles: ['OPERATOR'] }),
      regions: () => [],
    },
    plugins: limits.apolloPlugins(),
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules],
    formatError: formatLimitErrors(formatError('limits-test')),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await server.start();
});
afterAll(async () => {
  await server?.stop();
});

async function post(query: string, variables: Record<string, unknown> = {}, identity: Identity = operator) {
  const res = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query, variables } },
    context: async () => ({ identity, forwardedIdentity: '', clientAddress: null, sqlStatements: 0 }),
  });
  const text = res.body.kind === 'complete' ? res.body.string : '';
  return { status: res.status ?? 200, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

const cases = [
  ['aliases', `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: cases(first: 1) { totalCount }`).join(' ')} }`, { limit: 'aliases', max: 15, found: 60 }],
  ['depth', `{ regions { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } }`, { limit: 'depth', max: 12, found: 16 }],
  ['directives', `query($x: Boolean!) { me { ${'id @include(if: $x) '.repeat(31)} } }`, { limit: 'directives', max: 30, found: 31 }],
  ['tokens', `{ regions(codes: [${'"441422" '.repeat(1000)}]) { id } }`, { limit: 'tokens', max: 1000 }],
  ['cost', `{ cases(first: 100) { edges { node { assignments { mediator { cases(first: 100) { edges { node { id code region { name } } } } } } } } } }`, { limit: 'cost', max: 50000, found: 60501 }],
] as const;

describe.each(cases)('over HTTP: %s', (_name, query, extensions) => {
  it('is refused with 400, BAD_USER_INPUT and the limit named, without a stack trace', async () => {
    const r = await post(query, { x: true });
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', ...extensions });
    expect(r.body.errors![0].message).toMatch(/^[\u4e00-\u9fa5].*\([a-z].+\)$/); // Chinese, then English in parentheses
    expect(r.text).not.toMatch(/stacktrace|    at /);
  });
});

describe('over HTTP: the rest', () => {
  it('answers a normal query', async () => {
    const r = await post(`query($n: Int) { cases(first: $n) { totalCount edges { node { code region { name parent { name } } } } } }`, { n: 20 });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ cases: { totalCount: 1, edges: [{ node: { code: 'C1', region: { name: 'r', parent: null } } }] } });
  });

  it('refuses introspection to a non-admin with 403 FORBIDDEN, answers it for ADMIN', async () => {
    const refused = await post(`{ __schema { queryType { name } } }`);
    expect(refused.status).toBe(403);
    expect(refused.body.errors![0].extensions).toEqual({ code: 'FORBIDDEN', limit: 'introspection' });
    const allowed = await post(`{ __schema { queryType { name } } }`, {}, admin);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('keeps a syntax error a 400 GRAPHQL_PARSE_FAILED (graphql-armor\'s Apollo max-tokens plugin made it a 500)', async () => {
    const r = await post(`{ me { id }`);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('hides field suggestions where introspection is closed', async () => {
    const r = await post(`{ me { rolse } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).not.toContain('roles');
  });

  it('measures cost per request from the variables (the same document, two page sizes)', async () => {
    const q = `query($n: Int) { cases(first: $n) { edges { node { assignments { mediator { cases(first: $n) { edges { node { id code region { name } } } } } } } } } }`;
    expect((await post(q, { n: 10 })).status).toBe(200);
    const r = await post(q, { n: 100 });
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toMatchObject({ limit: 'cost', found: 60501 });
  });
});
