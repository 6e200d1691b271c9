/**
 * Region ids → codes, asked of grid with the caller's own identity (grid scopes it exactly as for
 * the caller: a region above the caller comes back, one elsewhere does not).
 */
import { DomainError, notFound, SERVICE_IDENTITY, type Identity, type InternalClient, type Scope } from '@zz/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class RegionLookup {
  private readonly cache = new Map<string, Promise<string | null>>();
  private readonly childCache = new Map<string, Promise<{ id: string; code: string }[]>>();
  constructor(private readonly internal: InternalClient, private readonly identity: Identity) {}

  code(regionId: string): Promise<string | null> {
    let hit = this.cache.get(regionId);
    if (!hit) {
      hit = this.internal
        .call<{ region: { code: string } | null }>('grid', `query($id: ID!) { region(id: $id) { code } }`, { id: regionId }, this.identity)
        .then((d) => d.region?.code ?? null);
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
   * The code of a region the caller may query: NOT_FOUND when the region does not exist, FORBIDDEN
   * naming `regionId` when it lies outside the caller's jurisdiction (above it or beside it), as the
   * policy says for an input naming another jurisdiction's record.
   */
  async scopedCode(regionId: string, scope: Scope, field = 'regionId'): Promise<string> {
    if (!UUID.test(regionId)) throw notFound('区域不存在');
    const code = (await this.code(regionId)) ?? (await this.exists(regionId));
    if (code === null) throw notFound('区域不存在');
    if (!scope.contains(code)) throw new DomainError('FORBIDDEN', '该区域不在本人辖区内 (the region is outside your jurisdiction)', field);
    return code;
  }

  /** The region's code asked as the platform (to tell "not yours" from "unknown"), or null. */
  private async exists(regionId: string): Promise<string | null> {
    const d = await this.internal.call<{ region: { code: string } | null }>('grid', `query($id: ID!) { region(id: $id) { code } }`, { id: regionId }, SERVICE_IDENTITY('supervision'));
    return d.region?.code ?? null;
  }
}
