import type { StaffResolvers } from '../generated/resolvers-types';
import { phoneFor } from '../domain/masking';

export const Staff: StaffResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.organisation.staffRef(ctx, ref.id),
  async center(s, _, ctx) {
    const c = await ctx.loaders.centerById.load(s.centerId);
    if (!c) throw new Error(`staff of unknown center ${s.centerId}`);
    return c;
  },
  department: (s, _, ctx) => (s.departmentId ? ctx.loaders.departmentById.load(s.departmentId) : null),
  phone: (s, _, ctx) => phoneFor(ctx.identity, s.phone),
};
