import type { LoginAttemptConnectionResolvers, LoginAttemptResolvers } from '../generated/resolvers-types';
import { totalCountOf } from '@zz/common';

export const LoginAttempt: LoginAttemptResolvers = {
  user: (a, _, ctx) => (a.userId ? ctx.loaders.userById.load(a.userId) : null),
};

export const LoginAttemptConnection: LoginAttemptConnectionResolvers = {
  totalCount: (c) => totalCountOf(c),
};
