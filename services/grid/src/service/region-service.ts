/** The region tree (county → town → village → grid): the caller sees its subtree and its chain upward. */
import { authorize, DomainError } from '@zz/common';
import type { RegionEntity } from '../store/entities/region.entity';
import { regionListBounds, regionVisible } from '../domain/access';
import { requireId } from './input';
import type { Actor, GridDeps, RegionListInput } from './types';

export class RegionService {
  constructor(private readonly d: GridDeps) {}

  visible(actor: Actor, r: RegionEntity | null): RegionEntity | null {
    return r && regionVisible(actor.scope, r.code) ? r : null;
  }

  /** A region by a (well-formed) id, when the caller may see it. */
  async find(actor: Actor, id: string): Promise<RegionEntity | null> {
    return this.visible(actor, await this.d.loaders.regionById.load(id));
  }

  async byId(actor: Actor, id: string): Promise<RegionEntity | null> {
    authorize(actor.identity, 'Query.region');
    requireId(id);
    return this.find(actor, id);
  }

  async byCode(actor: Actor, code: string): Promise<RegionEntity | null> {
    authorize(actor.identity, 'Query.regionByCode');
    const [r] = await this.d.stores.regions.byCodes([code]);
    return this.visible(actor, r ?? null);
  }

  async list(actor: Actor, input: RegionListInput): Promise<RegionEntity[]> {
    authorize(actor.identity, 'Query.regions');
    const bounds = regionListBounds(actor.scope);
    if (bounds === 'none') return [];
    return this.d.stores.regions.list(bounds === 'all' ? null : bounds, input);
  }

  async parentOf(actor: Actor, r: RegionEntity): Promise<RegionEntity | null> {
    return r.parentId ? this.find(actor, r.parentId) : null;
  }

  async childrenOf(actor: Actor, r: RegionEntity): Promise<RegionEntity[]> {
    const rows = await this.d.loaders.childrenByParentId.load(r.id);
    return rows.filter((c) => regionVisible(actor.scope, c.code));
  }

  /** From the root down to the region, the visible part of it. */
  async pathOf(actor: Actor, r: RegionEntity): Promise<RegionEntity[]> {
    const chain: RegionEntity[] = [r];
    let current = r;
    while (current.parentId) {
      const parent = await this.d.loaders.regionById.load(current.parentId);
      if (!parent) break;
      chain.unshift(parent);
      current = parent;
    }
    return chain.filter((c) => regionVisible(actor.scope, c.code));
  }

  /** A region another visible record points at (a grid's own region, its village): it must exist. */
  async required(id: string): Promise<RegionEntity> {
    const r = await this.d.loaders.regionById.load(id);
    if (!r) throw new DomainError('INTERNAL_SERVER_ERROR', `region ${id} is missing`);
    return r;
  }
}
