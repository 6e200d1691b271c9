import type { PatrolTaskResolvers } from '../generated/resolvers-types';
import { completedLate } from '../domain/patrol';

export const PatrolTask: PatrolTaskResolvers = {
  __resolveReference: (ref, { actor, services }) => services.patrols.visible(actor, ref.id),
  grid: (t, _, { services }) => services.grids.required(t.gridId),
  overdue: (t, _, { services }) => services.patrols.overdue(t),
  completedLate: (t) => completedLate(t),
};
