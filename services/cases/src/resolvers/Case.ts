import { maskPiiInText, noteSensitiveRead } from '@zz/common';
import { presentParty } from '../domain/masking';
import { allowedActionsFor, isOpen } from '../domain/case-status';
import { modeHistory } from '../domain/resolution-mode';
import { canBeTaken } from '../domain/leader';
import { canConsult } from '../domain/consultation';
import { summariseStepTimes } from '../domain/ladder';
import { stateOf } from '../service/case-service';
import type { CasesContext } from '../context';
import type { CaseEntity } from '../store/entities/case.entity';
import type { CaseAction, CaseResolvers } from '../generated/resolvers-types';

const ACTION_ENUM: Record<string, CaseAction> = {
  accept: 'ACCEPT', reject: 'REJECT', transfer: 'TRANSFER', assign: 'ASSIGN', reroute: 'REROUTE', startMediation: 'START_MEDIATION',
  recordOutcome: 'RECORD_OUTCOME', escalate: 'ESCALATE', refer: 'REFER', close: 'CLOSE', withdraw: 'WITHDRAW', reopen: 'REOPEN',
  merge: 'MERGE',
};

/** A case is visible when its region lies in the caller's jurisdiction. */
export function visible(ctx: CasesContext, c: CaseEntity | null | undefined): CaseEntity | null {
  return ctx.queries.visible(ctx, c);
}

/** Phone and ID numbers in full only for roles that need them on this case (domain/access, domain/masking). */
const canSeePii = (ctx: CasesContext, c: CaseEntity) => ctx.queries.maySeePartyPii(ctx, c);

/**
 * Free text follows the parties' rule: an operator may type a phone or ID number into a description or
 * an agreement (调解协议 name the parties), and a viewer who sees the parties masked must not read it there.
 */
const text = (ctx: CasesContext, c: CaseEntity, value: string | null) => (value === null || canSeePii(ctx, c) ? value : maskPiiInText(value));

export const Case: CaseResolvers = {
  async __resolveReference(ref, ctx) {
    return visible(ctx, await ctx.loaders.caseById.load(ref.id));
  },
  title: (c, _, ctx) => text(ctx, c, c.title)!,
  description: (c, _, ctx) => text(ctx, c, c.description)!,
  agreement: (c, _, ctx) => text(ctx, c, c.agreement),
  complexity: (c) => c.complexity ?? 'GENERAL',
  complexityConfirmed: (c) => c.complexity !== null,
  region: (c) => ({ __typename: 'Region', id: c.regionId }),
  handlingCenter: (c) => ({ __typename: 'Center', id: c.handlingCenterId }),
  parties: (c, _, ctx) => partiesOf(c, ctx),
  mediationAgreement: (c) => (c.agreement && c.resolvedAt ? { caseEntity: c } : null),
  judicialConfirmations: (c, _, ctx) => ctx.loaders.confirmationsByCaseId.load(c.id),
  async assignments(c, args, ctx) {
    const rows = await ctx.loaders.assignmentsByCaseId.load(c.id);
    return args.includeEnded ? rows : rows.filter((a) => a.active);
  },
  async mediators(c, _, ctx) {
    // The active mediator rows, lead first (主办 then 协办 in the order they were assigned).
    const rows = (await ctx.loaders.assignmentsByCaseId.load(c.id)).filter((a) => a.active && a.mediatorId);
    return [...rows.filter((a) => a.role === 'LEAD'), ...rows.filter((a) => a.role !== 'LEAD')]
      .map((a) => ({ mediator: { id: a.mediatorId! }, role: a.role, jointKind: a.jointKind, assignedAt: a.assignedAt }));
  },
  mediator: (c) => (c.mediatorId ? { id: c.mediatorId } : null),
  history: (c, _, ctx) => ctx.loaders.eventsByCaseId.load(c.id),
  // The ladder and calendar of the policy version the case runs under (policy-versions.ts).
  async ladderStep(c, _, ctx) {
    const step = (await ctx.service.policyOf(c)).ladder.steps.find((s) => s.key === c.ladderStep);
    return step ?? { key: c.ladderStep, name: c.ladderStep, level: c.level, centerLevel: c.centerLevel, days: null };
  },
  async allowedActions(c, _, ctx) {
    const actions = allowedActionsFor(stateOf(c), (await ctx.service.policyOf(c)).ladder).map((a) => ACTION_ENUM[a]);
    const withConsult: CaseAction[] = canConsult(c.status) ? [...actions, 'OPEN_CONSULTATION'] : actions;
    const withMode: CaseAction[] = isOpen(c.status) ? [...withConsult, 'CHANGE_RESOLUTION_MODE'] : withConsult;
    const withTake: CaseAction[] = canBeTaken(c.status, c.leaderId) ? [...withMode, 'TAKE_CASE'] : withMode;
    if (!isOpen(c.status)) return withTake;
    return [...withTake, c.highRisk ? 'RECORD_RISK_PLAN' : 'MARK_HIGH_RISK'];
  },
  async possibleDuplicates(c, _, ctx) {
    return ctx.queries.visibleRows(ctx, await ctx.loaders.duplicatesByCaseId.load(c.id), (l) => l.otherRegionCode);
  },
  consultations: (c, _, ctx) => ctx.loaders.consultationsByCaseId.load(c.id),
  // Only the meetings of centers in the caller's jurisdiction (as Query.centerMeeting shows them).
  async meetings(c, _, ctx) {
    return (await ctx.loaders.meetingsByCaseId.load(c.id)).filter((m) => ctx.scope.contains(m.centerRegionCode));
  },
  mediationSessions: (c, _, ctx) => ctx.loaders.sessionsByCaseId.load(c.id),
  async stepTimes(c, _, ctx) {
    const visits = await ctx.loaders.stepVisitsByCaseId.load(c.id);
    const { ladder, calendar } = await ctx.service.policyOf(c);
    const summary = summariseStepTimes(visits.map((v) => ({ stepKey: v.stepKey, enteredAt: new Date(v.enteredAt), leftAt: v.leftAt ? new Date(v.leftAt) : null })), new Date(), calendar, ladder);
    return { ...summary, ladderName: ladder.name, visits };
  },
  riskReason: (c, _, ctx) => text(ctx, c, c.riskReason),
  riskPlan: (c, _, ctx) => c.riskPlan && {
    ...c.riskPlan, measures: text(ctx, c, c.riskPlan.measures)!, recordedAt: new Date(c.riskPlan.recordedAt), reviewDate: new Date(c.riskPlan.reviewDate),
    recordedBy: c.riskPlan.recordedBy ? { __typename: 'User', id: c.riskPlan.recordedBy } : null,
  },
  leader: (c) => (c.leaderId ? { __typename: 'User', id: c.leaderId } : null),
  async resolutionModeHistory(c, _, ctx) {
    return modeHistory(await ctx.loaders.eventsByCaseId.load(c.id));
  },
  async mergedInto(c, _, ctx) {
    return c.mergedIntoId ? visible(ctx, await ctx.loaders.caseById.load(c.mergedIntoId)) : null;
  },
  async mergedCases(c, _, ctx) {
    return ctx.queries.visibleRows(ctx, await ctx.loaders.mergedCasesByTargetId.load(c.id), (r) => r.regionCode);
  },
};

/** A case's parties as this caller may see them (masked numbers otherwise; full ones audited). */
export async function partiesOf(c: CaseEntity, ctx: CasesContext) {
  const parties = await ctx.loaders.partiesByCaseId.load(c.id);
  const allowed = canSeePii(ctx, c);
  // Full numbers served to a person are audited (who read which case's parties, when, why).
  if (allowed && ctx.identity.kind === 'user' && parties.some((p) => p.phone || p.idNumber)) noteSensitiveRead('PARTY_PII', 'Case', [c.id]);
  return parties.map((p) => presentParty(p, allowed));
}
