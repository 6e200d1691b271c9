/**
 * What personnel asks of the other subgraphs, by internal call (straight to the subgraph, never
 * through the gateway). Behind an interface so the matching tests can feed case facts and loads.
 */
import { createInternalClient, regionById, SERVICE_IDENTITY, type Config, type Identity, type RegionRef } from '@zz/common';
import type { DisputeType, MatchComplexity } from '../domain/matching';

export interface CaseFacts {
  id: string;
  type: DisputeType;
  complexity: MatchComplexity | null;
  regionId: string;
}

export interface LoadSource {
  /** Active cases per mediator id, in one call; ids the answer lacks count as 0. */
  activeCaseCounts(mediatorIds: readonly string[]): Promise<Map<string, number>>;
}

export interface PeerServices extends LoadSource {
  /** grid `region(id)` as the caller sees it (null: unknown or out of the caller's sight). */
  region(regionId: string, identity: Identity): Promise<RegionRef | null>;
  /** cases `case(id)` as the caller sees it (null: unknown or out of jurisdiction). */
  caseFacts(caseId: string, identity: Identity): Promise<CaseFacts | null>;
}

const CASE_QUERY = `query PersonnelCaseFacts($id: ID!) { case(id: $id) { id type complexity region { id } } }`;
const LOADS_QUERY = `query PersonnelMediatorLoads($r: [_Any!]!) { _entities(representations: $r) { ... on Mediator { id activeCaseCount } } }`;

export function createPeerServices(config: Config): PeerServices {
  const client = createInternalClient(config);
  return {
    region: (regionId, identity) => regionById(client, regionId, identity),
    async caseFacts(caseId, identity) {
      const data = await client.call<{ case: { id: string; type: DisputeType; complexity: MatchComplexity | null; region: { id: string } } | null }>(
        'cases', CASE_QUERY, { id: caseId }, identity,
      );
      const c = data.case;
      return c ? { id: c.id, type: c.type, complexity: c.complexity ?? null, regionId: c.region.id } : null;
    },
    async activeCaseCounts(mediatorIds) {
      const out = new Map<string, number>();
      if (!mediatorIds.length) return out;
      // A load is a count over every case of the mediator, not only those the caller may read: asked
      // as the platform, or a town dispatcher would see a county mediator as idle. No case data returns.
      const data = await client.call<{ _entities: ({ id: string; activeCaseCount: number } | null)[] }>(
        'cases', LOADS_QUERY, { r: mediatorIds.map((id) => ({ __typename: 'Mediator', id })) }, SERVICE_IDENTITY('personnel'),
      );
      for (const e of data._entities) if (e) out.set(e.id, e.activeCaseCount);
      return out;
    },
  };
}
