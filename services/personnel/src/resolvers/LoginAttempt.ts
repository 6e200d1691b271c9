import type { LoginAttemptConnectionResolvers, LoginAttemptResolvers } from '../generated/resolvers-types';
import { totalCount } from './fields';

export const LoginAttempt: LoginAttemptResolvers = {
  user: (a, _, ctx) => (a.userId ? ctx.loaders.userById.load(a.userId) : null),
};

export const LoginAttemptConnection: LoginAttemptConnectionResolvers = {
  totalCount: (c) => totalCount(c),
};
