/**
 * What the cases subgraph needs to know from its neighbours: regions (grid), centers, departments
 * and mediators (personnel). At run time they are asked by internal calls with the caller's own
 * identity, so the answers are scoped exactly as the caller's (a region the caller may not see is
 * null). The demo seed, which runs before any server starts, uses a directory built from the demo
 * world instead (see seed.ts).
 */
import { SERVICE_IDENTITY, type Identity, type InternalClient } from '@zz/common';
import type { CenterLevel, RegionLevel } from '../domain/ladder';

export interface RegionInfo {
  id: string;
  code: string;
  level: RegionLevel;
}

export interface CenterInfo {
  id: string;
  level: CenterLevel;
}

export interface DepartmentInfo {
  id: string;
  name?: string | null;
  kind?: string | null;
}

export interface MediatorInfo {
  id: string;
}

export interface Directory {
  /** The region as the caller sees it (its subtree and chain upward), or null. */
  region(id: string, identity: Identity): Promise<RegionInfo | null>;
  /** Whether the region exists at all (to tell "unknown" from "not yours"). */
  regionExists(id: string): Promise<boolean>;
  /** The center at `level` whose region code is the longest prefix of `regionCode`. */
  centerFor(regionCode: string, level: CenterLevel, identity: Identity): Promise<CenterInfo | null>;
  /** In the order of `ids`; null for an unknown id. */
  departmentsByIds(ids: readonly string[], identity: Identity): Promise<(DepartmentInfo | null)[]>;
  mediator(id: string, identity: Identity): Promise<MediatorInfo | null>;
}

const REGION = `query CasesRegion($id: ID!) { region(id: $id) { id code level } }`;
const CENTER_FOR = `query CasesCenterFor($code: String!, $level: RegionLevel) { centerFor(regionCode: $code, level: $level) { id level } }`;
const DEPARTMENTS = `query CasesDepartments($ids: [ID!]!) { departmentsByIds(ids: $ids) { id name kind } }`;
const MEDIATOR = `query CasesMediator($id: ID!) { mediator(id: $id) { id } }`;

export class InternalDirectory implements Directory {
  constructor(private readonly client: InternalClient) {}

  async region(id: string, identity: Identity): Promise<RegionInfo | null> {
    const r = await this.client.call<{ region: RegionInfo | null }>('grid', REGION, { id }, identity);
    return r.region ?? null;
  }

  async regionExists(id: string): Promise<boolean> {
    const r = await this.client.call<{ region: RegionInfo | null }>('grid', REGION, { id }, SERVICE_IDENTITY('cases'));
    return !!r.region;
  }

  async centerFor(regionCode: string, level: CenterLevel, identity: Identity): Promise<CenterInfo | null> {
    const r = await this.client.call<{ centerFor: CenterInfo | null }>('personnel', CENTER_FOR, { code: regionCode, level }, identity);
    return r.centerFor ?? null;
  }

  async departmentsByIds(ids: readonly string[], identity: Identity): Promise<(DepartmentInfo | null)[]> {
    if (!ids.length) return [];
    const r = await this.client.call<{ departmentsByIds: (DepartmentInfo | null)[] }>('personnel', DEPARTMENTS, { ids }, identity);
    const byId = new Map((r.departmentsByIds ?? []).filter((d): d is DepartmentInfo => !!d).map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async mediator(id: string, identity: Identity): Promise<MediatorInfo | null> {
    const r = await this.client.call<{ mediator: MediatorInfo | null }>('personnel', MEDIATOR, { id }, identity);
    return r.mediator ?? null;
  }
}
