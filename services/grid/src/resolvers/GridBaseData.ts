import type { GridBaseDataResolvers } from '../generated/resolvers-types';

/** 人、地、事、物、组织 of a grid: the grid's own columns, plus counts. */
export const GridBaseData: GridBaseDataResolvers = {
  events: (g, _, { services }) => services.grids.reportCount(g),
  keyPersons: (g, _, { actor, services }) => services.keyPersons.countOfGrid(actor, g),
};
