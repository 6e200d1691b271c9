import type { GridContext } from '../context';
import type { RegionEntity } from '../store/entities/region.entity';
import type { RegionResolvers } from '../generated/resolvers-types';

/** A region is visible when it lies in the caller's subtree or on its chain upward. */
export function visibleRegion(ctx: GridContext, r: RegionEntity | null): RegionEntity | null {
  return r && ctx.scope.containsOrAbove(r.code) ? r : null;
}

export const Region: RegionResolvers = {
  async __resolveReference(ref, ctx) {
    return visibleRegion(ctx, await ctx.loaders.regionById.load(ref.id));
  },
  async parent(r, _, ctx) {
    return r.parentId ? visibleRegion(ctx, await ctx.loaders.regionById.load(r.parentId)) : null;
  },
  async children(r, _, ctx) {
    const rows = await ctx.loaders.childrenByParentId.load(r.id);
    return rows.filter((c) => ctx.scope.containsOrAbove(c.code));
  },
  async path(r, _, ctx) {
    const chain: RegionEntity[] = [r];
    let current = r;
    while (current.parentId) {
      const parent = await ctx.loaders.regionById.load(current.parentId);
      if (!parent) break;
      chain.unshift(parent);
      current = parent;
    }
    return chain.filter((c) => ctx.scope.containsOrAbove(c.code));
  },
  async grid(r, _, ctx) {
    if (r.level !== 'GRID') return null;
    // A grid's id is its region's id.
    const g = await ctx.loaders.gridById.load(r.id);
    return g && ctx.scope.contains(g.regionCode) ? g : null;
  },
};
