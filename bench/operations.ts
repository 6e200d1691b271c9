/**
 * The operation set of `npm run bench`: what frontends actually send, written against the public
 * contract. Each operation gives a POOL of variable sets, so
 * concurrent requests differ (see lib/load-worker.ts for how requests draw from the pool).
 *
 * An operation that does not validate against the current supergraph (a subgraph not built yet) is
 * skipped with the validation message, not failed: the report says so.
 */
import type { ServiceName } from '@zz/common';
import type { BenchFixtures } from './lib/fixtures';

export interface BenchOperation {
  name: string;
  /** What it stands for, in the report. */
  description: string;
  /** Demo account whose identity runs it (its jurisdiction scopes the data). */
  account: string;
  /** Subgraphs the query plan touches. */
  subgraphs: ServiceName[];
  /** A single-subgraph operation, also run straight against this subgraph (gateway overhead). */
  direct?: ServiceName;
  mutation?: boolean;
  query: string;
  /** Pool of variable sets; `__UNIQ__` inside a string is made unique per request. */
  variables(f: BenchFixtures): Record<string, unknown>[];
  /** Targets from issue 8, shown beside the figures (not asserted). */
  target?: { p99Ms?: number; minRps?: number; note?: string };
  /** Why the pool may legitimately be empty (e.g. no cases loaded yet). */
  needs?: (keyof BenchFixtures)[];
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length];

export const CASE_LIST_QUERY = /* GraphQL */ `
query DispatcherCaseList($filter: CaseFilter, $first: Int) {
  cases(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id code title status channel type complexity level receivedAt
        region { id code name }
        handlingCenter { id name level }
        assignments { role assignedAt department { id name } mediator { id name goldTeam } }
        supervision { deadlineAt overdue warning }
      }
    }
  }
}`;

export const CASE_DETAIL_QUERY = /* GraphQL */ `
query CaseDetail($id: ID!) {
  case(id: $id) {
    id code title description channel type complexity status level amountInDispute receivedAt resolvedAt closedAt
    region { id name level parent { id name } }
    handlingCenter { id name level }
    parties { name role phone idNumber }
    assignments { role assignedAt department { id name kind } mediator { id name brand goldTeam } }
    history { at action fromStatus toStatus note actor { id displayName } }
    supervision { deadlineAt overdue warning letters { id kind issuedAt } followUp { rating at } }
  }
}`;

export const INTAKE_MUTATION = /* GraphQL */ `
mutation Intake($input: IntakeCaseInput!) {
  intakeCase(input: $input) { id code status receivedAt }
}`;

export const STATS_QUERY = /* GraphQL */ `
query CountyStats($regionId: ID!, $from: DateTime!, $to: DateTime!) {
  stats(regionId: $regionId, from: $from, to: $to) {
    received resolved resolutionRate closed closureRate overdue satisfactionRate
    byLevel { level share }
  }
}`;

export const GRID_AT_QUERY = /* GraphQL */ `
query GridAt($lat: Float!, $lng: Float!) {
  gridAt(lat: $lat, lng: $lng) { id code name households region { id code name } }
}`;

/** Cases-only fields: the gateway-overhead baseline for the cases subgraph. */
export const CASE_CORE_QUERY = /* GraphQL */ `
query CaseCore($id: ID!) {
  case(id: $id) { id code title status channel type complexity receivedAt parties { name role } }
}`;

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'caseList',
    description: "dispatcher's case-list page: 50 cases with region, handling center, lead department, mediator, deadline (4 subgraphs)",
    account: 'county-dispatcher',
    subgraphs: ['cases', 'grid', 'personnel', 'supervision'],
    query: CASE_LIST_QUERY,
    target: { p99Ms: 50, note: 'p99 < 50 ms at 50 clients, 1,000,000 cases' },
    variables: (f) => {
      const statuses = [['REGISTERED', 'ACCEPTED'], ['ASSIGNED', 'IN_MEDIATION'], ['IN_MEDIATION'], ['RESOLVED', 'CLOSED'], ['REFERRED']];
      const types = ['NEIGHBOUR', 'MARRIAGE_FAMILY', 'DEBT', 'LAND', 'LABOUR_WAGES', 'TRAFFIC_ACCIDENT'];
      const out: Record<string, unknown>[] = [{ first: 50 }];
      for (let i = 0; i < 200; i++) {
        const filter: Record<string, unknown> = {};
        switch (i % 5) {
          case 0: filter.regionId = pick(f.townIds, i); break;
          case 1: filter.status = pick(statuses, i); break;
          case 2: filter.regionId = pick(f.townIds, i * 7); filter.status = pick(statuses, i * 3); break;
          case 3: filter.type = [pick(types, i)]; break;
          case 4: filter.regionId = pick(f.villageIds, i * 13); break;
        }
        out.push({ first: 50, filter });
      }
      return out;
    },
  },
  {
    name: 'caseDetail',
    description: 'case detail with parties, assignments, history (actors from personnel) and supervision',
    account: 'county-dispatcher',
    subgraphs: ['cases', 'grid', 'personnel', 'supervision'],
    query: CASE_DETAIL_QUERY,
    target: { p99Ms: 30, note: 'p99 < 30 ms' },
    needs: ['caseIds'],
    variables: (f) => f.caseIds.map((id) => ({ id })),
  },
  {
    name: 'intakeCase',
    description: 'intake mutation (一窗受理), a new idempotency key per request, all events written',
    account: 'county-operator',
    subgraphs: ['cases', 'personnel', 'grid'],
    mutation: true,
    query: INTAKE_MUTATION,
    target: { minRps: 300, note: '≥ 300 cases/s sustained' },
    variables: (f) => f.intakeInputs.map((input) => ({ input: { ...input, idempotencyKey: 'bench-__UNIQ__' } })),
    needs: ['intakeInputs'],
  },
  {
    name: 'countyStats',
    description: 'county stats for a year (supervision read model)',
    account: 'county-supervisor',
    subgraphs: ['supervision'],
    direct: 'supervision',
    query: STATS_QUERY,
    target: { p99Ms: 200, note: '< 200 ms at 1,000,000 cases' },
    variables: (f) => {
      const y = f.now.getUTCFullYear();
      const out: Record<string, unknown>[] = [];
      for (const year of [y, y - 1]) {
        out.push({ regionId: f.countyId, from: `${year}-01-01T00:00:00+08:00`, to: `${year + 1}-01-01T00:00:00+08:00` });
      }
      // The rolling year ending at different days (a board refreshing through the day).
      for (let d = 0; d < 30; d++) {
        const to = new Date(f.now.getTime() - d * 86_400_000);
        const from = new Date(to.getTime() - 365 * 86_400_000);
        out.push({ regionId: f.countyId, from: from.toISOString(), to: to.toISOString() });
      }
      return out;
    },
  },
  {
    name: 'gridAt',
    description: 'gridAt: the grid containing a random point inside the county (spatial index)',
    account: 'county-dispatcher',
    subgraphs: ['grid'],
    direct: 'grid',
    query: GRID_AT_QUERY,
    variables: (f) => f.points.map(([lng, lat]) => ({ lat, lng })),
  },
  {
    name: 'caseCore',
    description: 'one case, cases-subgraph fields only (gateway overhead baseline)',
    account: 'county-dispatcher',
    subgraphs: ['cases'],
    direct: 'cases',
    query: CASE_CORE_QUERY,
    needs: ['caseIds'],
    variables: (f) => f.caseIds.map((id) => ({ id })),
  },
];

export function selectOperations(only: string[] | null): BenchOperation[] {
  if (!only) return OPERATIONS;
  const unknown = only.filter((n) => !OPERATIONS.some((o) => o.name === n));
  if (unknown.length) throw new Error(`unknown operation(s) ${unknown.join(', ')}; known: ${OPERATIONS.map((o) => o.name).join(', ')}`);
  return OPERATIONS.filter((o) => only.includes(o.name));
}
