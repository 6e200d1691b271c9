/**
 * Region ids → codes, asked of grid with the caller's own identity (grid scopes it exactly as for
 * the caller: a region above the caller comes back, one elsewhere does not).
 */
import { isUuid, regionById, SERVICE_IDENTITY, type Identity, type InternalClient, type Scope } from '@zz/common';
import { queriedRegion } from '../domain/access';

export class RegionLookup {
  private readonly cache = new Map<string, Promise<string | null>>();
  private readonly childCache = new Map<string, Promise<{ id: string; code: string }[]>>();
  constructor(private readonly internal: InternalClient, private readonly identity: Identity) {}

  code(regionId: string): Promise<string | null> {
    let hit = this.cache.get(regionId);
    if (!hit) {
      hit = regionById(this.internal, regionId, this.identity).then((r) => r?.code ?? null);
      this.cache.set(regionId, hit);
    }
    return hit;
  }

  /** The child regions of a region (ids and codes) as grid shows them to the caller; cached per request. */
  children(regionId: string): Promise<{ id: string; code: string }[]> {
    let hit = this.childCache.get(regionId);
    if (!hit) {
      hit = this.internal
        .call<{ regions: { id: string; code: string }[] }>('grid', `query($id: ID!) { regions(parentId: $id) { id code } }`, { id: regionId }, this.identity)
        .then((d) => d.regions);
      this.childCache.set(regionId, hit);
    }
    return hit;
  }

  /**
   * The code of a region the caller may query (domain/access.ts `queriedRegion`): NOT_FOUND when the
   * region does not exist, FORBIDDEN naming `field` when it lies outside the caller's jurisdiction.
   */
  async scopedCode(regionId: string, scope: Scope, field = 'regionId'): Promise<string> {
    const code = isUuid(regionId) ? ((await this.code(regionId)) ?? (await this.exists(regionId))) : null;
    return queriedRegion(scope, code, field);
  }

  /** The region's code as grid shows it to the caller; null when unknown, not a UUID, or hidden from the caller. */
  async visibleCode(regionId: string): Promise<string | null> {
    return isUuid(regionId) ? this.code(regionId) : null;
  }

  /** The region's code asked as the platform (to tell "not yours" from "unknown"), or null. */
  private async exists(regionId: string): Promise<string | null> {
    return (await regionById(this.internal, regionId, SERVICE_IDENTITY('supervision')))?.code ?? null;
  }
}
