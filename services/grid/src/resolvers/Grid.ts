import type { GridResolvers } from '../generated/resolvers-types';
import { pgPolygonToGeoJson } from '../domain/polygon';

export const Grid: GridResolvers = {
  __resolveReference: (ref, { actor, services }) => services.grids.visible(actor, ref.id),
  code: (g) => g.regionCode,
  region: (g, _, { services }) => services.regions.required(g.id),
  village: (g, _, { services }) => services.regions.required(g.villageRegionId),
  boundary: (g) => pgPolygonToGeoJson(g.boundary),
  leader: (g) => (g.leaderName ? { name: g.leaderName, phone: g.leaderPhone } : null),
  workers: (g, _, { services }) => services.staff.workersOf(g),
  buildingHeads: (g, _, { services }) => services.staff.buildingHeadsOf(g),
  baseData: (g) => g,
  keyPersons: (g, args, { actor, services }) => services.keyPersons.ofGrid(actor, g, args),
  reports: (g, args, { actor, services }) => services.reports.ofGrid(actor, g, args),
  patrolTasks: (g, args, { actor, services }) => services.patrols.ofGrid(actor, g, args),
};
