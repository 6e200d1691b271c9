import type { DepartmentResolvers, StationingResolvers } from '../generated/resolvers-types';
import { referenced } from './fields';

export const Department: DepartmentResolvers = {
  // Global reference data: every signed-in caller may resolve a department.
  async __resolveReference(ref, ctx) {
    return ctx.loaders.departmentById.load(ref.id);
  },
};

export const Stationing: StationingResolvers = {
  department: (s, _, ctx) => referenced(ctx.loaders.departmentById, s.departmentId, 'stationing of unknown department'),
};
