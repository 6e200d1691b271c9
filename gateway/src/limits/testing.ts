/** Shared by the limits' unit tests: a small schema shaped like ours, identities, and onSubscribe's steps. */
import { buildSchema, type GraphQLError, type GraphQLSchema } from 'graphql';
import { parseConfig, type Config, type Identity } from '@zz/common';
import { OperationLimits } from '.';

export const SCHEMA = buildSchema(`
  type Query { cases(first: Int, after: String): CaseConnection! case(id: ID!): Case me: User regions(name: String, codes: [String!]): [Region!]! }
  type CaseConnection { totalCount: Int! edges: [CaseEdge!]! }
  type CaseEdge { node: Case! }
  type Case { id: ID! code: String! region: Region! assignments: [Assignment!]! }
  type Assignment { role: String! mediator: Mediator }
  type Mediator { name: String! cases(first: Int): CaseConnection! }
  type Region { id: ID! name: String! parent: Region }
  type User { id: ID! roles: [String!]! }
`);

export const DEFAULTS = parseConfig({ APP_ENV: 'test' }).limits;
export const operator: Identity = { kind: 'user', userId: 'u1', username: 'op', roles: ['OPERATOR'], regionId: 'r1', regionCode: '441422' };
export const admin: Identity = { ...operator, userId: 'u2', username: 'admin', roles: ['ADMIN'] };

export function limitsWith(limits: Partial<Config['limits']> = {}, introspectionEnabled = false): OperationLimits {
  return new OperationLimits({ limits: { ...DEFAULTS, ...limits }, introspectionEnabled });
}

/** Parses, validates and checks like onSubscribe does; the errors, or [] when the operation may run. */
export function refusals(l: OperationLimits, query: string, variables: Record<string, unknown> = {}, identity: Identity = operator, schema: GraphQLSchema = SCHEMA): GraphQLError[] {
  let document;
  try {
    document = l.parse(query);
  } catch (err) {
    return [err as GraphQLError];
  }
  const invalid = l.validate(schema, document);
  if (invalid.length) return invalid;
  const refused = l.check({ schema, document, variables, identity });
  return refused ? [refused] : [];
}

