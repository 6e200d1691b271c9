import type { LoginAttemptConnectionResolvers, LoginAttemptResolvers } from '../generated/resolvers-types';

export const LoginAttempt: LoginAttemptResolvers = {
  user: (a, _, ctx) => (a.userId ? ctx.loaders.userById.load(a.userId) : null),
};

export const LoginAttemptConnection: LoginAttemptConnectionResolvers = {
  totalCount: (c) => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount),
};
