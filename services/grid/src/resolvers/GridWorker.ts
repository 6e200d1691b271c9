import type { GridWorkerResolvers } from '../generated/resolvers-types';

export const GridWorker: GridWorkerResolvers = {
  __resolveReference: (ref, { actor, services }) => services.staff.visibleWorker(actor, ref.id),
  grid: (w, _, { services }) => services.grids.required(w.gridId),
};
