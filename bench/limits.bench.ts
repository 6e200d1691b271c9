/**
 * What the operation limits (gateway/src/limits) cost per request, on the bench's caseList operation.
 *
 *   npx tsx bench/limits.bench.ts [--n 10000] [--rounds 5]
 *
 * No database or servers: the API schema comes from the committed supergraph. Prints µs per operation
 * (median over rounds; the machine is often shared, the spread is printed too) for:
 * - validate, specification rules only: what Apollo ran for a new document before the limits;
 * - validate with the limits' rules (graphql-armor depth, aliases, directives): what it runs now. Apollo
 *   keeps validated documents (its document store), so this is paid once per distinct query text;
 * - parse with and without maxTokens (also once per distinct text);
 * - cost measured by graphql-query-complexity: paid the first time a document meets given values of
 *   its `first` / @include / @skip variables (CostMeter keeps the result);
 * - check (introspection + cost, both remembered per document): paid on every request.
 */
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { parseConfig, type Identity } from '@zz/common';
import { OperationLimits, operationCost } from '../gateway/src/limits';
import { SUPERGRAPH_PATH } from '../gateway/src/server';
import { CASE_LIST_QUERY } from './operations';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('n', 10_000);
const ROUNDS = arg('rounds', 5);

const dispatcher: Identity = { kind: 'user', userId: 'u', username: 'county-dispatcher', roles: ['DISPATCHER'], regionId: 'r', regionCode: '441422' };

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) fn();
  return Number(process.hrtime.bigint() - t) / N / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const gateway = new ApolloGateway({ supergraphSdl: fs.readFileSync(SUPERGRAPH_PATH, 'utf8') });
  const schema: GraphQLSchema = (await gateway.load()).schema;
  // Production-like: introspection closed, so check() also asks whether the operation introspects.
  const limits = new OperationLimits({ ...parseConfig({ APP_ENV: 'test' }), introspectionEnabled: false });
  const doc: DocumentNode = parse(CASE_LIST_QUERY);
  const variables = { first: 50, filter: { status: ['ASSIGNED', 'IN_MEDIATION'] } };
  const rules = [...specifiedRules, ...limits.validationRules];
  if (validate(schema, doc, rules).length) throw new Error('caseList does not validate');
  if (limits.check({ schema, document: doc, operationName: 'DispatcherCaseList', variables, identity: dispatcher })) throw new Error('caseList refused');

  const steps: Record<string, () => void> = {
    'parse (no token limit)': () => parse(CASE_LIST_QUERY),
    'parse (maxTokens)': () => parse(CASE_LIST_QUERY, limits.parseOptions),
    'validate: specification rules only': () => validate(schema, doc),
    'validate: + graphql-armor rules': () => validate(schema, doc, rules),
    'validate: graphql-armor rules alone': () => validate(schema, doc, limits.validationRules),
    'cost measured (graphql-query-complexity)': () => operationCost(schema, doc, 'DispatcherCaseList', variables, { maxCost: 50000, defaultPageSize: 20 }),
    'check per request (remembered cost)': () => limits.check({ schema, document: doc, operationName: 'DispatcherCaseList', variables, identity: dispatcher }),
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [k, fn] of Object.entries(steps)) samples[k].push(time(fn)); // interleaved: load drifts
  console.log(`caseList (DispatcherCaseList), N=${N} per round, ${ROUNDS} rounds, node ${process.version}`);
  for (const [k, xs] of Object.entries(samples)) {
    console.log(`${k.padEnd(42)} ${median(xs).toFixed(1).padStart(8)} µs/op   (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
  }
  await gateway.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
