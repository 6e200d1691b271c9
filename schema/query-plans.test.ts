/**
 * The query plans of the heaviest operations the frontends send, as the gateway's planner builds them
 * from the committed supergraph, kept as snapshots (schema/__snapshots__/query-plans.test.ts.snap).
 * A change that adds a subgraph round trip to the case list, the case file, the dispatch payload or the
 * statistics shows up as a diff in review; `npx jest schema/query-plans -u` accepts it on purpose.
 * The documents are the console's own (console/src/gql), so the plans are those of what users run;
 * the dispatch payload is planned as the gateway runs it: the board's subscription turned into its
 * `_dispatchEvent` query (gateway/src/subscriptions/payload.ts).
 */
import fs from 'node:fs';
import { parse, print, type DocumentNode } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { planPayload } from '@zz/gateway';
import { SUPERGRAPH_FILE } from './compose';
import { BoardEventsDocument, CaseFileDocument, CaseListDocument, StatisticsDocument, IntakeCaseDocument } from '../console/src/gql/graphql';

const supergraph = Supergraph.build(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
const api = supergraph.apiSchema();
const planner = new QueryPlanner(supergraph);

function plan(document: DocumentNode, operationName?: string): QueryPlan {
  return planner.buildQueryPlan(operationFromDocument(api, parse(print(document)), { operationName }));
}

/** How many fetches to subgraphs a plan makes, and how many of them wait for another (sequence depth). */
function fetches(node: PlanNode | undefined): number {
  if (!node) return 0;
  switch (node.kind) {
    case 'Fetch': return 1;
    case 'Sequence': case 'Parallel': return node.nodes.reduce((n, child) => n + fetches(child), 0);
    case 'Flatten': return fetches(node.node);
    case 'Defer': return fetches(node.primary?.node) + node.deferred.reduce((n, d) => n + fetches(d.node), 0);
    case 'Condition': return fetches(node.ifClause) + fetches(node.elseClause);
    default: return 0;
  }
}

/** The board's subscription as the gateway runs it per event. */
function dispatchPayload(): DocumentNode {
  const p = planPayload(api.toGraphQLJSSchema(), BoardEventsDocument as unknown as DocumentNode, null, { regionId: null, kinds: null, after: null });
  return parse(p.query);
}

const OPERATIONS: [name: string, document: () => DocumentNode, maxFetches: number][] = [
  // The number of subgraph fetches each plan makes today: a plan that needs more fails here, not only in review.
  ['case list (案件列表: region, handling center, supervision deadline)', () => CaseListDocument as unknown as DocumentNode, 4],
  // The case file and the board each fetch the key persons a warning or event names from grid, in parallel with
  // the fetches before; the gateway skips that fetch when there are none (nearly every case and event).
  ['case file (案件卷宗)', () => CaseFileDocument as unknown as DocumentNode, 12],
  ['dispatch payload (调度大屏, per event)', dispatchPayload, 5],
  ['statistics (统计)', () => StatisticsDocument as unknown as DocumentNode, 4],
  ['intake (一窗受理)', () => IntakeCaseDocument as unknown as DocumentNode, 1],
];

describe('query plans of the heaviest operations', () => {
  it.each(OPERATIONS)('%s', (_name, document, maxFetches) => {
    const p = plan(document());
    expect(prettyFormatQueryPlan(p)).toMatchSnapshot();
    expect(fetches(p.node as PlanNode | undefined)).toBeLessThanOrEqual(maxFetches); // no subscription plans here: payloads are queries
  });
});
