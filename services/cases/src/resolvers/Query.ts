import { authorize } from '@zz/common';
import { validateCaseId } from '../domain/assignment';
import type { QueryResolvers } from '../generated/resolvers-types';
import { visible } from './Case';

export const Query: QueryResolvers = {
  async case(_, args, ctx) {
    authorize(ctx.identity, 'Query.case');
    return visible(ctx, await ctx.loaders.caseById.load(validateCaseId(args.id)));
  },
  caseByCode: (_, args, ctx) => ctx.queries.byCode(ctx, args.code),
  cases: (_, args, ctx) => ctx.queries.list(ctx, args.filter, args.first, args.after),
  async consultation(_, args, ctx) {
    authorize(ctx.identity, 'Query.consultation');
    const c = await ctx.loaders.consultationById.load(validateCaseId(args.id));
    if (!c) return null;
    return visible(ctx, await ctx.loaders.caseById.load(c.caseId)) ? c : null;
  },
  async intakeDuplicates(_, { input }, ctx) {
    const matches = await ctx.service.checkDuplicates(ctx, input);
    return matches.map((m) => ({ otherCaseId: m.id, reasons: m.reasons, daysApart: m.daysApart }));
  },
  escalationLadder(_, __, ctx) {
    authorize(ctx.identity, 'Query.escalationLadder');
    return ctx.service.policy.ladder;
  },
};
