import type { StaffResolvers } from '../generated/resolvers-types';
import { phoneFor } from '../domain/masking';
import { visibleStaff } from './visibility';

export const Staff: StaffResolvers = {
  async __resolveReference(ref, ctx) {
    return visibleStaff(ctx, await ctx.loaders.staffById.load(ref.id));
  },
  async center(s, _, ctx) {
    const c = await ctx.loaders.centerById.load(s.centerId);
    if (!c) throw new Error(`staff of unknown center ${s.centerId}`);
    return c;
  },
  department: (s, _, ctx) => (s.departmentId ? ctx.loaders.departmentById.load(s.departmentId) : null),
  phone: (s, _, ctx) => phoneFor(ctx.identity, s.phone),
};
