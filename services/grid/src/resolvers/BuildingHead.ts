import type { BuildingHeadResolvers } from '../generated/resolvers-types';

export const BuildingHead: BuildingHeadResolvers = {
  grid: (h, _, { services }) => services.grids.required(h.gridId),
};
