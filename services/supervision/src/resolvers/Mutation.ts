import type { MutationResolvers } from '../generated/resolvers-types';
import { evaluationQuarterResult } from './evaluation';

export const Mutation: MutationResolvers = {
  recordFollowUp: (_, args, ctx) => ctx.services.followUps.record(ctx, { caseId: args.caseId, rating: args.rating, comment: args.comment }),
  issueSupervisionLetter: (_, args, ctx) => ctx.services.letters.issueByHand(ctx, { caseId: args.caseId, kind: args.kind, note: args.note }),
  freezeEvaluationQuarter: async (_, { input }, ctx) => evaluationQuarterResult(await ctx.services.evaluations.freeze(ctx, input)),
  recordSummons: (_, { input }, ctx) =>
    ctx.services.accountability.recordSummons(ctx, { ...input, heldAt: input.heldAt ? new Date(input.heldAt as Date | string) : null }),
  answerLetter: (_, args, ctx) => ctx.services.answers.answer(ctx, { letterId: args.input.letterId, answer: args.input.answer }),
};
