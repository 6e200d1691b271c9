import type { QueryResolvers } from '../generated/resolvers-types';

/** Thin: every rule lives in service/ (use cases) and domain/ (pure rules). */
export const Query: QueryResolvers = {
  region: (_, { id }, { actor, services }) => services.regions.byId(actor, id),
  regionByCode: (_, { code }, { actor, services }) => services.regions.byCode(actor, code),
  regions: (_, args, { actor, services }) => services.regions.list(actor, args),
  grid: (_, { id }, { actor, services }) => services.grids.byId(actor, id),
  gridByCode: (_, { code }, { actor, services }) => services.grids.byCode(actor, code),
  grids: (_, args, { actor, services }) => services.grids.list(actor, args),
  gridAt: (_, { lat, lng }, { actor, services }) => services.grids.at(actor, lat, lng),
  gridWorker: (_, { id }, { actor, services }) => services.staff.workerById(actor, id),
  gridReport: (_, { id }, { actor, services }) => services.reports.byId(actor, id),
  gridReports: (_, args, { actor, services }) => services.reports.list(actor, args),
  patrolTask: (_, { id }, { actor, services }) => services.patrols.byId(actor, id),
  patrolTasks: (_, args, { actor, services }) => services.patrols.list(actor, args),
  keyPersons: (_, args, { actor, services }) => services.keyPersons.list(actor, args),
};
