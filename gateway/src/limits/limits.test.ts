import { parse, type GraphQLError } from 'graphql';
import { ANONYMOUS } from '@zz/common';
import { CostMeter, LimitError, costVariables, operationCost, paginationEstimator, tokenLimitError } from '.';
import { SCHEMA, admin, limitsWith, refusals } from './testing';

const only = (errors: GraphQLError[]) => {
  expect(errors).toHaveLength(1);
  return { message: errors[0].message, extensions: errors[0].extensions };
};

const nest = (levels: number) => `{ regions { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

describe('depth (graphql-armor)', () => {
  it('counts the leaf and not fragments: a{ b{ e{ f{ g = 5', () => {
    const q = `query Q { case(id: "1") { region { ...F } } } fragment F on Region { name ... on Region { parent { parent { id } } } }`;
    expect(refusals(limitsWith({ maxDepth: 5 }), q)).toEqual([]);
    expect(only(refusals(limitsWith({ maxDepth: 4 }), q)).extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'depth', max: 4, found: 5 });
  });

  it('refuses one level over the limit with the numbers in the message', () => {
    const e = only(refusals(limitsWith({ maxDepth: 12 }), nest(12))); // regions + 12 parents + id = 14
    expect(e.message).toBe('查询嵌套过深：14 层，上限 12 (query too deep: 14 > 12)');
    expect(refusals(limitsWith({ maxDepth: 12 }), nest(10))).toEqual([]);
  });
});

describe('aliases (graphql-armor)', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: cases(first: 1) { totalCount }`).join(' ')} }`;

  it('refuses 60 aliases of an expensive field with limit, max and found', () => {
    const e = only(refusals(limitsWith(), aliased(60)));
    expect(e.message).toBe('查询别名过多：60 个，上限 15 (too many aliases: 60 > 15)');
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'aliases', max: 15, found: 60 });
  });

  it('lets 15 through, counts aliases inside fragments, and not aliases of __typename', () => {
    expect(refusals(limitsWith(), aliased(15))).toEqual([]);
    const viaFragment = `{ ...F } fragment F on Query { ${Array.from({ length: 16 }, (_, i) => `c${i}: case(id: "${i}") { id }`).join(' ')} }`;
    expect(only(refusals(limitsWith(), viaFragment)).extensions).toMatchObject({ limit: 'aliases', found: 16 });
    expect(refusals(limitsWith(), `{ ${Array.from({ length: 30 }, (_, i) => `t${i}: __typename`).join(' ')} }`)).toEqual([]);
  });
});

describe('directives (graphql-armor)', () => {
  it('refuses more directives than the limit', () => {
    const q = (n: number) => `query($x: Boolean!) { me { ${'id @include(if: $x) '.repeat(n)} } }`;
    expect(refusals(limitsWith({ maxDirectives: 30 }), q(30), { x: true })).toEqual([]);
    const e = only(refusals(limitsWith({ maxDirectives: 30 }), q(31), { x: true }));
    expect(e.message).toBe('查询指令过多：31 个，上限 30 (too many directives: 31 > 30)');
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'directives', max: 30, found: 31 });
  });
});

describe('tokens (graphql-js maxTokens parse option)', () => {
  it('stops parsing past the limit with a typed error', () => {
    const codes = (n: number) => `{ regions(codes: [${'"441422" '.repeat(n)}]) { id } }`; // 12 tokens + one per code
    const long = codes(989);
    const e = only(refusals(limitsWith(), long));
    expect(e.message).toBe('查询过长：词法单元超过上限 1000 个 (too many tokens: more than 1000)');
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'tokens', max: 1000 });
    expect(refusals(limitsWith(), codes(988))).toEqual([]); // exactly 1000
  });

  it('recognises graphql-js\'s own abort message (breaks loudly if a graphql upgrade rewords it)', () => {
    let thrown: unknown;
    try {
      parse('{ a b c d }', { maxTokens: 3 });
    } catch (err) {
      thrown = err;
    }
    expect(tokenLimitError(thrown)).toBeInstanceOf(LimitError);
    expect(tokenLimitError(thrown)!.max).toBe(3);
  });

  it('keeps other syntax errors as GRAPHQL_PARSE_FAILED', () => {
    expect(only(refusals(limitsWith(), '{ me { id }')).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});

describe('cost (graphql-query-complexity, pagination-aware)', () => {
  const cost = (q: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    operationCost(SCHEMA, parse(q), operationName, variables, { maxCost: 0, defaultPageSize: 20 });

  it('multiplies a paginated field\'s children by `first`, literal or variable, and by the default page size when absent', () => {
    const literal = cost(`{ cases(first: 100) { edges { node { id code } } } }`);
    const variable = cost(`query($n: Int) { cases(first: $n) { edges { node { id code } } } }`, { n: 100 });
    expect(literal).toBe(1 + 100 * (1 + 1 + 2)); // cases + 100 × (edges + node + id, code)
    expect(variable).toBe(literal);
    expect(cost(`{ cases { edges { node { id code } } } }`)).toBe(1 + 20 * 4);
    expect(cost(`{ cases(first: 0) { totalCount } }`)).toBe(2);
  });

  it('multiplies nested pages, skips what @include leaves out, and measures only the named operation', () => {
    const nested = cost(`{ cases(first: 10) { edges { node { assignments { mediator { cases(first: 10) { totalCount } } } } } } }`);
    expect(nested).toBe(1 + 10 * (1 + 1 + 1 + 1 + (1 + 10 * 1)));
    expect(cost(`query($x: Boolean!) { me { id } cases(first: 100) @include(if: $x) { totalCount } }`, { x: false })).toBe(2);
    expect(cost(`query A { me { id } } query B { cases(first: 50) { totalCount } }`, {}, 'A')).toBe(2);
  });

  it('refuses an operation over the cost limit with the cost found', () => {
    const q = `{ cases(first: 100) { edges { node { assignments { mediator { cases(first: 100) { edges { node { id code region { name } } } } } } } } } }`;
    const e = only(refusals(limitsWith({ maxCost: 50000 }), q));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost', max: 50000 });
    expect(e.extensions.found).toBe(1 + 100 * (1 + 1 + 1 + 1 + 1 + 100 * (1 + 1 + 1 + 1 + 2)));
    expect(e.message).toMatch(/^查询代价过高：\d+，上限 50000 \(query cost: \d+ > 50000\)$/);
  });

  it('refuses a fragment bomb quickly instead of expanding it', () => {
    // Each fragment spreads the next twice: 2^24 selections once expanded, a few hundred tokens written.
    const frags = Array.from({ length: 24 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const q = `{ ...F0 }\n${frags}\nfragment F24 on Query { me { id } }`;
    const started = Date.now();
    const e = only(refusals(limitsWith(), q));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'cost', max: 50000 });
    expect(e.message).toContain('展开片段后超过 10000 个选择');
  });

  it('keeps the estimator small and explicit', () => {
    const est = paginationEstimator(20);
    const field = (args: string[]) => ({ args: args.map((name) => ({ name })) }) as never;
    expect(est({ field: field([]), args: {}, childComplexity: 5 } as never)).toBe(6);
    expect(est({ field: field(['first']), args: { first: 3 }, childComplexity: 5 } as never)).toBe(16);
  });
});

describe('CostMeter (cost kept per document and per the variables that change it)', () => {
  const q = `query($n: Int, $x: Boolean!, $f: String) { regions(name: $f) { id } cases(first: $n) @include(if: $x) { edges { node { assignments { mediator { cases(first: $n) { edges { node { id code region { name } } } } } } } } } }`;

  it('keys on `first` and @include/@skip variables only', () => {
    expect(costVariables(parse(q))).toEqual(['n', 'x']);
  });

  it('answers each page size with its own cost, from one document', () => {
    const meter = new CostMeter({ maxCost: 50000, defaultPageSize: 20 });
    const doc = parse(q);
    expect(meter.check(SCHEMA, doc, undefined, { n: 10, x: true, f: 'a' })).toBeNull();
    expect(meter.check(SCHEMA, doc, undefined, { n: 100, x: true, f: 'b' })).toMatchObject({ limit: 'cost', found: 60501 + 2 }); // + regions { id }
    expect(meter.check(SCHEMA, doc, undefined, { n: 100, x: false, f: 'c' })).toBeNull();
    expect(meter.check(SCHEMA, doc, undefined, { n: 100, x: true, f: 'd' })).toMatchObject({ limit: 'cost', found: 60503 });
  });

  it('never reuses "not measurable": variables that do not coerce are measured again next time', () => {
    const meter = new CostMeter({ maxCost: 50000, defaultPageSize: 20 });
    const doc = parse(q);
    expect(meter.check(SCHEMA, doc, undefined, { n: 100, x: true, f: 42 })).toBeNull(); // $f is no String: refused later, by execution
    expect(meter.check(SCHEMA, doc, undefined, { n: 100, x: true, f: 'ok' })).toMatchObject({ limit: 'cost' });
  });
});

describe('introspection', () => {
  const schemaQuery = `{ __schema { queryType { name } } }`;

  it('is refused to non-admins where it is disabled, typed FORBIDDEN with the limit named', () => {
    expect(only(refusals(limitsWith(), schemaQuery)).extensions).toEqual({ code: 'FORBIDDEN', limit: 'introspection' });
    expect(only(refusals(limitsWith(), `{ __type(name: "Case") { name } }`, {}, ANONYMOUS)).extensions).toMatchObject({ limit: 'introspection' });
  });

  it('is allowed to ADMIN, and to everyone where it is enabled', () => {
    expect(refusals(limitsWith(), schemaQuery, {}, admin)).toEqual([]);
    expect(refusals(limitsWith({}, true), schemaQuery)).toEqual([]);
  });

  it('is recognised by field, not by text: "__schema" in a string or __typename is no introspection', () => {
    expect(refusals(limitsWith(), `{ regions(name: "__schema __type") { id __typename } } # __schema`)).toEqual([]);
  });
});

describe('field suggestions (graphql-armor mask where introspection is closed)', () => {
  it('hides "Did you mean" where introspection is disabled, keeps it where it is enabled', () => {
    expect(refusals(limitsWith(), `{ me { rolse } }`)[0].message).not.toContain('roles');
    expect(refusals(limitsWith(), `{ me { rolse } }`)[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(refusals(limitsWith({}, true), `{ me { rolse } }`)[0].message).toContain('Did you mean "roles"?');
  });
});
