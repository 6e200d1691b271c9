import type { QueryResolvers } from '../generated/resolvers-types';
import { residentQuery } from './resident';

/** Thin: the query service decides (roles, jurisdiction, validation). */
export const Query: QueryResolvers = {
  case: (_, args, ctx) => ctx.queries.byId(ctx, args.id, ctx.loaders),
  caseByCode: (_, args, ctx) => ctx.queries.byCode(ctx, args.code),
  cases: (_, args, ctx) => ctx.queries.list(ctx, args.filter, args.first, args.after),
  consultation: (_, args, ctx) => ctx.queries.consultation(ctx, args.id, ctx.loaders),
  async intakeDuplicates(_, { input }, ctx) {
    const matches = await ctx.service.checkDuplicates(ctx, input);
    return matches.map((m) => ({ otherCaseId: m.id, reasons: m.reasons, daysApart: m.daysApart }));
  },
  centerMeeting: (_, { id }, ctx) => ctx.service.meeting(ctx, id),
  centerMeetings: (_, args, ctx) => ctx.service.meetings(ctx, args, ctx.config.limits.maxFirst),
  escalationLadder: (_, __, ctx) => ctx.service.currentLadder(ctx),
  countyPolicy: (_, { countyCode }, ctx) => ctx.service.countyPolicy(ctx, countyCode),
  countyPolicyVersions: (_, { countyCode }, ctx) => ctx.service.countyPolicyVersions(ctx, countyCode),
  ...residentQuery,
};
