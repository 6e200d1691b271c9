import type { DepartmentResolvers, StationingResolvers } from '../generated/resolvers-types';

export const Department: DepartmentResolvers = {
  // Global reference data: every signed-in caller may resolve a department.
  async __resolveReference(ref, ctx) {
    return ctx.loaders.departmentById.load(ref.id);
  },
};

export const Stationing: StationingResolvers = {
  async department(s, _, ctx) {
    const d = await ctx.loaders.departmentById.load(s.departmentId);
    if (!d) throw new Error(`stationing of unknown department ${s.departmentId}`);
    return d;
  },
};
