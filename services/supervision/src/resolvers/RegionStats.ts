import type { RegionStatsResolvers } from '../generated/resolvers-types';

/** Stats.byRegion: a child's code → its Region entity (one grid call per request, on demand). */
export const RegionStats: RegionStatsResolvers = {
  code: (m) => m.key || m.parentCode,
  own: (m) => m.key === '',
  async region(m, _, ctx) {
    if (m.key === '') return { __typename: 'Region' as const, id: m.parentRegionId };
    const child = (await ctx.regions.children(m.parentRegionId)).find((c) => c.code === m.key);
    return child ? { __typename: 'Region' as const, id: child.id } : null;
  },
};
