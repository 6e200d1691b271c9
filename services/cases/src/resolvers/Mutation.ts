import type { CenterLevel } from '../domain/ladder';
import type { MutationResolvers } from '../generated/resolvers-types';
import { residentMutation } from './resident';

/** Thin: the service decides (roles, jurisdiction, domain rules, one transaction per change, the caller's expectedVersion). */
export const Mutation: MutationResolvers = {
  intakeCase: (_, { input }, ctx) => ctx.service.intake(ctx, input),
  acceptCase: (_, { id, complexity, expectedVersion }, ctx) => ctx.service.accept(ctx, id, complexity, { expectedVersion }),
  rejectCase: (_, { id, reason, routeToLevel, expectedVersion }, ctx) => ctx.service.reject(ctx, id, reason, routeToLevel as CenterLevel | null | undefined, { expectedVersion }),
  assignCase: (_, { input }, ctx) => ctx.service.assign(ctx, input, { expectedVersion: input.expectedVersion }),
  rerouteCase: (_, { input }, ctx) => ctx.service.reroute(ctx, input),
  startMediation: (_, { id, expectedVersion }, ctx) => ctx.service.startMediation(ctx, id, { expectedVersion }),
  recordMediationOutcome: (_, { input }, ctx) => ctx.service.recordOutcome(ctx, input, { expectedVersion: input.expectedVersion }),
  recordMediationSession: (_, { input }, ctx) => ctx.service.recordSession(ctx, input, { expectedVersion: input.expectedVersion }),
  applyJudicialConfirmation: (_, { input: { expectedVersion, ...input } }, ctx) => ctx.service.applyJudicialConfirmation(ctx, input, { expectedVersion }),
  decideJudicialConfirmation: (_, { input }, ctx) => ctx.service.decideJudicialConfirmation(ctx, input),
  escalateCase: (_, { id, reason, expectedVersion }, ctx) => ctx.service.escalate(ctx, id, reason, { expectedVersion }),
  referCase: (_, { id, route, note, expectedVersion }, ctx) => ctx.service.refer(ctx, id, route, note, { expectedVersion }),
  openConsultation: (_, { input }, ctx) => ctx.service.openConsultation(ctx, input, { expectedVersion: input.expectedVersion }),
  recordConsultationDecision: (_, { input }, ctx) => ctx.service.decideConsultation(ctx, input),
  closeCase: (_, { id, note, expectedVersion }, ctx) => ctx.service.close(ctx, id, note, { expectedVersion }),
  withdrawCase: (_, { id, reason, expectedVersion }, ctx) => ctx.service.withdraw(ctx, id, reason, { expectedVersion }),
  reopenCase: (_, { id, reason, expectedVersion }, ctx) => ctx.service.reopen(ctx, id, reason, { expectedVersion }),
  mergeCases: (_, { input }, ctx) => ctx.service.merge(ctx, input),
  markHighRisk: (_, { input }, ctx) => ctx.service.markHighRisk(ctx, input, { expectedVersion: input.expectedVersion }),
  recordRiskPlan: (_, { input }, ctx) => ctx.service.recordRiskPlan(ctx, input, { expectedVersion: input.expectedVersion }),
  takeCase: (_, { id, note, expectedVersion }, ctx) => ctx.service.takeCase(ctx, id, note, { expectedVersion }),
  assignCaseLeader: (_, { input: { expectedVersion, ...input } }, ctx) => ctx.service.assignCaseLeader(ctx, input, { expectedVersion }),
  changeResolutionMode: (_, { input }, ctx) => ctx.service.changeResolutionMode(ctx, input, { expectedVersion: input.expectedVersion }),
  scheduleCenterMeeting: (_, { input }, ctx) => ctx.service.scheduleMeeting(ctx, input),
  recordCenterMeeting: (_, { input }, ctx) => ctx.service.recordMeeting(ctx, input),
  cancelCenterMeeting: (_, { id, reason }, ctx) => ctx.service.cancelMeeting(ctx, id, reason),
  updateCountyPolicy: (_, { input }, ctx) => ctx.service.updateCountyPolicy(ctx, input),
  ...residentMutation,
};
