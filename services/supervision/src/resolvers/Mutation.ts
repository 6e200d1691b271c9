import type { MutationResolvers } from '../generated/resolvers-types';
import { issueSupervisionLetter, recordFollowUp } from '../service/commands';

export const Mutation: MutationResolvers = {
  recordFollowUp: (_, args, ctx) => recordFollowUp(ctx.deps, ctx, { caseId: args.caseId, rating: args.rating, comment: args.comment }),
  issueSupervisionLetter: (_, args, ctx) => issueSupervisionLetter(ctx.deps, ctx, { caseId: args.caseId, kind: args.kind, note: args.note }),
};
