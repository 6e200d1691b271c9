import type { UserConnectionResolvers, UserResolvers } from '../generated/resolvers-types';
import { totalCountOf, type Role } from '@zz/common';

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.accounts.userRef(ctx, ref.id),
  roles: (u) => u.roles as Role[],
  region: (u) => ({ __typename: 'Region', id: u.regionId }),
  mediator: (u, _, ctx) => (u.mediatorId ? ctx.services.mediators.mediatorRef(ctx, u.mediatorId) : null),
  department: (u, _, ctx) => (u.departmentId ? ctx.loaders.departmentById.load(u.departmentId) : null),
};

export const UserConnection: UserConnectionResolvers = {
  totalCount: (c) => totalCountOf(c),
};
