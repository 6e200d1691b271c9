import type { MutationResolvers } from '../generated/resolvers-types';

export const Mutation: MutationResolvers = {
  recordFollowUp: (_, args, ctx) => ctx.services.followUps.record(ctx, { caseId: args.caseId, rating: args.rating, comment: args.comment }),
  issueSupervisionLetter: (_, args, ctx) => ctx.services.letters.issueByHand(ctx, { caseId: args.caseId, kind: args.kind, note: args.note }),
};
