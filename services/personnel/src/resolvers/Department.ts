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
  contact: async (s, _, ctx) => (s.contactStaffId ? (await ctx.services.rota.staffByIds(ctx, [s.contactStaffId]))[0] ?? null : null),
  staff: async (s, _, ctx) => (await ctx.loaders.staffByCenterId.load(s.centerId)).filter((x) => x.kind === 'STATIONED' && x.departmentId === s.departmentId),
  windowNumbers: async (s, _, ctx) => (await ctx.loaders.windowsByCenterId.load(s.centerId))
    .filter((w) => w.kind === 'FIXED' && w.departmentId === s.departmentId).map((w) => w.number),
};
