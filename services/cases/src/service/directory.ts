/**
 * What the cases subgraph needs to know from its neighbours: regions (grid), centers, departments
 * and mediators (personnel). At run time they are asked by internal calls with the caller's own
 * identity, so the answers are scoped exactly as the caller's (a region the caller may not see is
 * null). The demo seed, which runs before any server starts, uses a directory built from the demo
 * world instead (see seed.ts).
 */
import { orderByKey, regionById, SERVICE_IDENTITY, type Identity, type InternalClient } from '@zz/common';
import { referenceVisible } from '../domain/access';
import type { CenterLevel, RegionLevel } from '../domain/ladder';

export interface RegionInfo {
  id: string;
  code: string;
  level: RegionLevel;
}

export interface CenterInfo {
  id: string;
  level: CenterLevel;
  /** The center's own region code (its visibility follows it, as in personnel). */
  regionCode?: string;
}

export interface DepartmentInfo {
  id: string;
  name?: string | null;
  kind?: string | null;
}

export interface MediatorInfo {
  id: string;
}

/** A staff account as personnel knows it (asked with the service's identity: the caller's reach is checked by the use case). */
export interface UserInfo {
  id: string;
  displayName: string;
  roles: string[];
  active: boolean;
  regionCode: string;
}

export interface Directory {
  /** The region as the caller sees it (its subtree and chain upward), or null. */
  region(id: string, identity: Identity): Promise<RegionInfo | null>;
  /** Whether the region exists at all (to tell "unknown" from "not yours"). */
  regionExists(id: string): Promise<boolean>;
  /** The center at `level` whose region code is the longest prefix of `regionCode`. */
  centerFor(regionCode: string, level: CenterLevel, identity: Identity): Promise<CenterInfo | null>;
  /** The center with this id as the caller may see it (its region on the caller's chain), or null. */
  center(id: string, identity: Identity): Promise<CenterInfo | null>;
  /** In the order of `ids`; null for an unknown id. */
  departmentsByIds(ids: readonly string[], identity: Identity): Promise<(DepartmentInfo | null)[]>;
  mediator(id: string, identity: Identity): Promise<MediatorInfo | null>;
  /** The account, whoever may see it (null: unknown). */
  user(id: string): Promise<UserInfo | null>;
  /** The region with this code (platform view): a county policy event names its county's region. */
  regionByCode(code: string): Promise<RegionInfo | null>;
}

const REGION_BY_CODE = `query CasesRegionByCode($code: String!) { regionByCode(code: $code) { id code level } }`;

const CENTER_FOR = `query CasesCenterFor($code: String!, $level: RegionLevel) { centerFor(regionCode: $code, level: $level) { id level regionCode } }`;
const CENTER = `query CasesCenter($id: ID!) { center(id: $id) { id level regionCode } }`;
const DEPARTMENTS = `query CasesDepartments($ids: [ID!]!) { departmentsByIds(ids: $ids) { id name kind } }`;
const MEDIATOR = `query CasesMediator($id: ID!) { mediator(id: $id) { id } }`;
const USER = `query CasesUser($id: ID!) { user(id: $id) { id displayName roles active region { id } } }`;

export class InternalDirectory implements Directory {
  constructor(private readonly client: InternalClient) {}

  region(id: string, identity: Identity): Promise<RegionInfo | null> {
    return regionById(this.client, id, identity);
  }

  async regionExists(id: string): Promise<boolean> {
    return !!(await regionById(this.client, id, SERVICE_IDENTITY('cases')));
  }

  async regionByCode(code: string): Promise<RegionInfo | null> {
    const r = await this.client.call<{ regionByCode: RegionInfo | null }>('grid', REGION_BY_CODE, { code }, SERVICE_IDENTITY('cases'));
    return r.regionByCode ?? null;
  }

  async centerFor(regionCode: string, level: CenterLevel, identity: Identity): Promise<CenterInfo | null> {
    const r = await this.client.call<{ centerFor: CenterInfo | null }>('personnel', CENTER_FOR, { code: regionCode, level }, identity);
    return r.centerFor ?? null;
  }

  async center(id: string, identity: Identity): Promise<CenterInfo | null> {
    const r = await this.client.call<{ center: CenterInfo | null }>('personnel', CENTER, { id }, identity);
    return r.center ?? null;
  }

  async departmentsByIds(ids: readonly string[], identity: Identity): Promise<(DepartmentInfo | null)[]> {
    if (!ids.length) return [];
    const r = await this.client.call<{ departmentsByIds: (DepartmentInfo | null)[] }>('personnel', DEPARTMENTS, { ids }, identity);
    return orderByKey((r.departmentsByIds ?? []).filter((d): d is DepartmentInfo => !!d), ids, (d) => d.id);
  }

  async mediator(id: string, identity: Identity): Promise<MediatorInfo | null> {
    const r = await this.client.call<{ mediator: MediatorInfo | null }>('personnel', MEDIATOR, { id }, identity);
    return r.mediator ?? null;
  }

  async user(id: string): Promise<UserInfo | null> {
    const service = SERVICE_IDENTITY('cases');
    const r = await this.client.call<{ user: { id: string; displayName: string; roles: string[]; active: boolean; region: { id: string } } | null }>(
      'personnel', USER, { id }, service);
    // Personnel knows the account's region by id; grid knows its code.
    const region = r.user ? await this.region(r.user.region.id, service) : null;
    return r.user && region ? { id: r.user.id, displayName: r.user.displayName, roles: r.user.roles, active: r.user.active, regionCode: region.code } : null;
  }
}

/**
 * Regions and centers change a few times a year and every intake and transfer asks for them: asked
 * once per TTL with the service's identity and kept, each answer then shown to a caller only when the
 * owning subgraph would show it (its region in the caller's jurisdiction or on its chain upward:
 * referenceVisible in domain/access.ts, the rule grid and personnel apply). An admin's change is seen within the TTL.
 * Misses are not kept (a region created a moment ago is found at once). Departments and mediators are
 * passed through: their visibility has more rules, and assignment is rarer than intake.
 */
export class CachingDirectory implements Directory {
  private readonly regions = new Map<string, { at: number; value: Promise<RegionInfo | null> }>();
  private readonly centers = new Map<string, { at: number; value: Promise<CenterInfo | null> }>();
  private readonly service = SERVICE_IDENTITY('cases');

  constructor(private readonly inner: Directory, private readonly ttlMs: number, private readonly now: () => number = Date.now, private readonly maxEntries = 50_000) {}

  private cached<T>(map: Map<string, { at: number; value: Promise<T | null> }>, key: string, load: () => Promise<T | null>): Promise<T | null> {
    const hit = map.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    if (map.size >= this.maxEntries) map.clear();
    const value = load();
    map.set(key, { at: this.now(), value });
    // Neither a miss nor a failure is kept.
    value.then((v) => { if (v === null) map.delete(key); }, () => map.delete(key));
    return value;
  }

  async region(id: string, identity: Identity): Promise<RegionInfo | null> {
    const r = await this.cached(this.regions, id, () => this.inner.region(id, this.service));
    return r && referenceVisible(identity, r.code) ? r : null;
  }

  async regionExists(id: string): Promise<boolean> {
    return !!(await this.cached(this.regions, id, () => this.inner.region(id, this.service)));
  }

  async centerFor(regionCode: string, level: CenterLevel, identity: Identity): Promise<CenterInfo | null> {
    const c = await this.cached(this.centers, `${regionCode}|${level}`, () => this.inner.centerFor(regionCode, level, this.service));
    return c && referenceVisible(identity, c.regionCode ?? regionCode) ? c : null;
  }

  center(id: string, identity: Identity): Promise<CenterInfo | null> {
    return this.inner.center(id, identity);
  }

  departmentsByIds(ids: readonly string[], identity: Identity): Promise<(DepartmentInfo | null)[]> {
    return this.inner.departmentsByIds(ids, identity);
  }

  mediator(id: string, identity: Identity): Promise<MediatorInfo | null> {
    return this.inner.mediator(id, identity);
  }

  user(id: string): Promise<UserInfo | null> {
    return this.inner.user(id);
  }

  regionByCode(code: string): Promise<RegionInfo | null> {
    return this.inner.regionByCode(code);
  }
}
