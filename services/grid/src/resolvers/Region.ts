import type { RegionResolvers } from '../generated/resolvers-types';

/** A region is visible when it lies in the caller's subtree or on its chain upward (service/region-service.ts). */
export const Region: RegionResolvers = {
  __resolveReference: (ref, { actor, services }) => services.regions.find(actor, ref.id),
  parent: (r, _, { actor, services }) => services.regions.parentOf(actor, r),
  children: (r, _, { actor, services }) => services.regions.childrenOf(actor, r),
  path: (r, _, { actor, services }) => services.regions.pathOf(actor, r),
  grid: (r, _, { actor, services }) => services.grids.ofRegion(actor, r),
};
