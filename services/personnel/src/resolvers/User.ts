import type { UserConnectionResolvers, UserResolvers } from '../generated/resolvers-types';
import { mayCall, type Role } from '@zz/common';
import { visibleMediator } from './visibility';

export const User: UserResolvers = {
  async __resolveReference(ref, ctx) {
    // Staff of another jurisdiction are not listed by name, but the actor of a visible case event is.
    // Nobody resolves accounts without signing in (policy row Entity.User).
    if (!mayCall(ctx.identity, 'Entity.User')) return null;
    return ctx.loaders.userById.load(ref.id);
  },
  roles: (u) => u.roles as Role[],
  region: (u) => ({ __typename: 'Region', id: u.regionId }),
  mediator: async (u, _, ctx) => (u.mediatorId ? visibleMediator(ctx, await ctx.loaders.mediatorById.load(u.mediatorId)) : null),
  department: (u, _, ctx) => (u.departmentId ? ctx.loaders.departmentById.load(u.departmentId) : null),
};

export const UserConnection: UserConnectionResolvers = {
  totalCount: (c) => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount),
};
