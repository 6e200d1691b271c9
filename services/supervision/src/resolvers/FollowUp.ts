import { freeTextFor } from '@zz/common';
import type { FollowUpResolvers } from '../generated/resolvers-types';

export const FollowUp: FollowUpResolvers = {
  rating: (f) => f.rating,
  // Residents' words as recorded on the visit: masked for roles that see parties' numbers masked.
  comment: (f, _, ctx) => freeTextFor(ctx.identity, f.comment),
  at: (f) => f.at,
};
