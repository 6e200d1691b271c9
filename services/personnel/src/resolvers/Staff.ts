import type { StaffResolvers } from '../generated/resolvers-types';
import { phoneFor } from '../domain/masking';
import { referenced } from './fields';

export const Staff: StaffResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.organisation.staffRef(ctx, ref.id),
  center: (s, _, ctx) => referenced(ctx.loaders.centerById, s.centerId, 'staff of unknown center'),
  department: (s, _, ctx) => (s.departmentId ? ctx.loaders.departmentById.load(s.departmentId) : null),
  phone: (s, _, ctx) => phoneFor(ctx.identity, s.phone),
};
