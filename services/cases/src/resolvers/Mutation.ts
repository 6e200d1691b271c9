import type { CenterLevel } from '../domain/ladder';
import type { MutationResolvers } from '../generated/resolvers-types';

/** Thin: the service decides (roles, jurisdiction, domain rules, one transaction per change). */
export const Mutation: MutationResolvers = {
  intakeCase: (_, { input }, ctx) => ctx.service.intake(ctx, input),
  acceptCase: (_, { id, complexity }, ctx) => ctx.service.accept(ctx, id, complexity),
  rejectCase: (_, { id, reason, routeToLevel }, ctx) => ctx.service.reject(ctx, id, reason, routeToLevel as CenterLevel | null | undefined),
  assignCase: (_, { input }, ctx) => ctx.service.assign(ctx, input),
  rerouteCase: (_, { input }, ctx) => ctx.service.reroute(ctx, input),
  startMediation: (_, { id }, ctx) => ctx.service.startMediation(ctx, id),
  recordMediationOutcome: (_, { input }, ctx) => ctx.service.recordOutcome(ctx, input),
  escalateCase: (_, { id, reason }, ctx) => ctx.service.escalate(ctx, id, reason),
  referCase: (_, { id, route, note }, ctx) => ctx.service.refer(ctx, id, route, note),
  openConsultation: (_, { input }, ctx) => ctx.service.openConsultation(ctx, input),
  recordConsultationDecision: (_, { input }, ctx) => ctx.service.decideConsultation(ctx, input),
  closeCase: (_, { id, note }, ctx) => ctx.service.close(ctx, id, note),
  withdrawCase: (_, { id, reason }, ctx) => ctx.service.withdraw(ctx, id, reason),
  reopenCase: (_, { id, reason }, ctx) => ctx.service.reopen(ctx, id, reason),
  mergeCases: (_, { input }, ctx) => ctx.service.merge(ctx, input),
};
