import type { CenterWindowResolvers, DutyDepartmentResolvers, RotaAssignmentResolvers } from '../generated/resolvers-types';
import { referenced } from './fields';

export const CenterWindow: CenterWindowResolvers = {
  department: (w, _, ctx) => (w.departmentId ? ctx.loaders.departmentById.load(w.departmentId) : null),
};

export const RotaAssignment: RotaAssignmentResolvers = {
  center: (r, _, ctx) => referenced(ctx.loaders.centerById, r.centerId, 'rota of unknown center'),
  async window(r, _, ctx) {
    const w = (await ctx.loaders.windowsByCenterId.load(r.centerId)).find((x) => x.number === r.windowNumber);
    if (!w) throw new Error(`rota ${r.id} at unknown window ${r.windowNumber}`);
    return w;
  },
  department: (r, _, ctx) => referenced(ctx.loaders.departmentById, r.departmentId, 'rota of unknown department'),
  staff: (r, _, ctx) => ctx.services.rota.staffByIds(ctx, r.staffIds),
};

export const DutyDepartment: DutyDepartmentResolvers = {
  center: (d, _, ctx) => referenced(ctx.loaders.centerById, d.centerId, 'duty at unknown center'),
  department: (d, _, ctx) => referenced(ctx.loaders.departmentById, d.departmentId, 'duty of unknown department'),
  staff: (d, _, ctx) => ctx.services.rota.staffByIds(ctx, d.staffIds),
  contact: async (d, _, ctx) => (d.contactStaffId ? (await ctx.services.rota.staffByIds(ctx, [d.contactStaffId]))[0] ?? null : null),
};
