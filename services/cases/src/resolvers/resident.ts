import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types';

/** 居民自助: thin, the resident service decides (public policy rows, the session, the limits). */
export const residentQuery: QueryResolvers = {
  residentChallenge: (_, __, ctx) => ctx.resident.challenge(ctx.identity),
  residentRegions: (_, { parentId }, ctx) => ctx.resident.regions(ctx.identity, parentId),
  residentCaseProgress: (_, { session, phone, code }, ctx) => ctx.resident.progress(ctx.identity, session, phone, code),
  residentRatingLink: (_, { token }, ctx) => ctx.resident.ratingLink(ctx.identity, token),
  notificationOutbox: async (_, { recipient, first }, ctx) =>
    (await ctx.resident.outbox(ctx.identity, ctx.scope, recipient, first)).map((n) => ({ ...n, at: n.createdAt })),
};

export const residentMutation: MutationResolvers = {
  requestResidentCode: (_, { input }, ctx) => ctx.resident.requestCode(ctx.identity, input),
  verifyResidentCode: (_, { input }, ctx) => ctx.resident.verifyCode(ctx.identity, input),
  fileResidentRequest: (_, { session, input }, ctx) => ctx.resident.file(ctx.identity, session, input),
  rateResidentCase: (_, { input }, ctx) => ctx.resident.rate(ctx.identity, input),
};
