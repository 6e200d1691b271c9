/**
 * Nothing legitimate may be refused: every saved explorer operation and every benchmark operation (what
 * frontends send), at the largest page size a client may ask for, passes the default limits on the real
 * API schema; and the full introspection query passes for those allowed to introspect.
 */
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { OPERATIONS } from '../../../bench/operations';
import type { BenchFixtures } from '../../../bench/lib/fixtures';
import { EXAMPLES } from '../explorer/examples';
import { SUPERGRAPH_PATH } from '../server';
import { operationCost } from '.';
import { DEFAULTS, admin, limitsWith, operator, refusals } from './testing';

let schema: GraphQLSchema;
let gateway: ApolloGateway;
beforeAll(async () => {
  gateway = new ApolloGateway({ supergraphSdl: fs.readFileSync(SUPERGRAPH_PATH, 'utf8') });
  schema = (await gateway.load()).schema;
});
afterAll(async () => {
  await gateway?.stop();
});

const intake = EXAMPLES.find((e) => e.query.includes('intakeCase'))!.variables!.input as Record<string, unknown>;
const fixtures: BenchFixtures = {
  now: new Date('2026-06-01T00:00:00Z'),
  countyId: 'county', townIds: ['town-a', 'town-b'], villageIds: ['village-a'],
  points: [[116.65, 24.35]], caseIds: ['case-1'], intakeInputs: [intake],
};
/** `first` at MAX_PAGE_SIZE wherever the operation takes it: the most a legitimate client may ask for. */
const atMaxPage = (query: string, v: Record<string, unknown>) => (/\$first\b/.test(query) ? { ...v, first: DEFAULTS.maxFirst } : v);

const operations = [
  ...EXAMPLES.map((e) => ({ name: `explorer: ${e.title}`, query: e.query, variables: [e.variables ?? {}] })),
  ...OPERATIONS.map((o) => ({ name: `bench: ${o.name}`, query: o.query, variables: o.variables(fixtures).slice(0, 5) })),
];

describe.each(operations)('$name', ({ query, variables }) => {
  it('passes the default limits (production-like: introspection closed) at the largest page size', () => {
    for (const v of variables) {
      const vars = atMaxPage(query, v);
      expect(refusals(limitsWith(), query, vars, operator, schema)).toEqual([]);
      // Measured, not skipped: the variables coerce, so the cost check really ran.
      expect(operationCost(schema, parse(query), undefined, vars, { maxCost: DEFAULTS.maxCost, defaultPageSize: 20 })).not.toBeNull();
    }
  });
});

describe('introspection query', () => {
  const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

  it('passes every limit for ADMIN in production and for anyone where introspection is open', () => {
    expect(refusals(limitsWith(), full, {}, admin, schema)).toEqual([]);
    expect(refusals(limitsWith({}, true), full, {}, operator, schema)).toEqual([]);
  });

  it('is refused to a non-admin in production', () => {
    expect(refusals(limitsWith(), full, {}, operator, schema).map((e) => e.extensions.limit)).toEqual(['introspection']);
  });
});
