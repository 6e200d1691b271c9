/**
 * The names the authorization policy must have a row for, read off the composed supergraph: every
 * root query, mutation and subscription field of the API schema, and every entity type (a type with
 * a federation key, resolved through `_entities`) as `Entity.<Type>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';

export const SUPERGRAPH_FILE = path.resolve(__dirname, 'supergraph.graphql');

export function policyKeysOfSupergraph(sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8')): string[] {
  const supergraph = Supergraph.build(sdl);
  const api = supergraph.apiSchema().toGraphQLJSSchema();
  const keys: string[] = [];
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    const type = api.getType(root) as { getFields(): Record<string, unknown> } | undefined;
    if (type) keys.push(...Object.keys(type.getFields()).map((f) => `${root}.${f}`));
  }
  for (const t of supergraph.schema.types()) {
    if (t.appliedDirectivesOf('join__type').some((d) => (d.arguments() as { key?: string }).key)) keys.push(`Entity.${t.name}`);
  }
  return keys;
}
