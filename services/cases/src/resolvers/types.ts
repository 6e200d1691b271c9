/** Resolvers of the smaller types: references to other subgraphs are `{ __typename, id }`. */
import { maskPiiInText } from '@zz/common';
import { ledgerActionLabel } from '../domain/ledger';
import { ladderDays, parseLadder } from '../domain/ladder';
import { START_VERSION, START_VERSION_LABEL } from '../domain/policy-versions';
import type {
  AssignmentResolvers, CaseConnectionResolvers, CountyPolicyResolvers, CaseEventResolvers, ConsultationResolvers, EscalationLadderResolvers,
  JudicialConfirmationResolvers, MediationAgreementResolvers, MediationSessionResolvers, MediatorResolvers, PossibleDuplicateResolvers, ResolutionModeChangeResolvers, StepVisitResolvers,
} from '../generated/resolvers-types';
import { partiesOf, visible } from './Case';

const user = (id: string | null) => (id ? { __typename: 'User' as const, id } : null);

export const Assignment: AssignmentResolvers = {
  department: (a) => (a.departmentId ? { __typename: 'Department', id: a.departmentId } : null),
  mediator: (a) => (a.mediatorId ? { id: a.mediatorId } : null),
  assignedBy: (a) => user(a.assignedBy),
};

export const CaseEvent: CaseEventResolvers = {
  actor: (e) => user(e.actorId),
  actionLabel: (e) => ledgerActionLabel(e.action),
  ladderStep: (e) => e.stepKey,
};

export const Consultation: ConsultationResolvers = {
  async case(c, _, ctx) {
    const found = visible(ctx, await ctx.loaders.caseById.load(c.caseId));
    // Reached only through a visible case or Query.consultation (which checks the case), so this holds.
    if (!found) throw new Error('consultation of an invisible case');
    return found;
  },
  departments: (c) => c.departmentIds.map((id) => ({ __typename: 'Department' as const, id })),
  convenedBy: (c) => ({ __typename: 'Center', id: c.convenedByCenterId }),
  openedBy: (c) => user(c.openedBy),
  status: (c) => (c.decidedAt ? 'DECIDED' : 'OPEN'),
  decision: (c) =>
    c.decidedAt && c.plan !== null && c.responsibilitySplit !== null
      ? { responsibilitySplit: c.responsibilitySplit, plan: c.plan, decidedAt: c.decidedAt, decidedBy: user(c.decidedBy) }
      : null,
  attendees: (c) => (c.attendees ?? []).map((a) => ({ department: { __typename: 'Department' as const, id: a.departmentId }, name: a.name, title: a.title })),
};

export const PossibleDuplicate: PossibleDuplicateResolvers = {
  async case(d, _, ctx) {
    const c = visible(ctx, await ctx.loaders.caseById.load(d.otherCaseId));
    if (!c) throw new Error('duplicate link to an invisible case');
    return c;
  },
};

export const StepVisit: StepVisitResolvers = {
  center: (v) => ({ __typename: 'Center', id: v.centerId }),
};

/** A policy version (domain/policy-versions.ts): its rules as stored, the ladder as the domain reads it. */
export const CountyPolicy: CountyPolicyResolvers = {
  label: (p) => (p.version === START_VERSION ? START_VERSION_LABEL : `第 ${p.version} 版`),
  ladder: (p) => parseLadder(p.rules.ladder),
  deadlinePolicy: (p) => p.rules.deadlinePolicy as never,
  calendar: (p) => p.rules.calendar,
  consultation: (p) => p.rules.consultation as never,
  changedBy: (p) => user(p.changedBy),
};

export const EscalationLadder: EscalationLadderResolvers = {
  totalDays: (l) => ladderDays(l),
};

export const CaseConnection: CaseConnectionResolvers = {
  totalCount: (c) => c.totalCount(),
};

export const Mediator: MediatorResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activeCaseCount: (m, _, ctx) => ctx.loaders.activeCaseCountByMediatorId.load(m.id),
};

export const ResolutionModeChange: ResolutionModeChangeResolvers = {
  actor: (e) => user(e.actorId),
};

export const MediationSession: MediationSessionResolvers = {
  async case(s, _, ctx) {
    const found = visible(ctx, await ctx.loaders.caseById.load(s.caseId));
    // Reached only through a visible case, so this holds.
    if (!found) throw new Error('session of an invisible case');
    return found;
  },
  mediators: (s) => s.mediators.map((m) => ({ mediator: { id: m.mediatorId }, role: m.role })),
  departments: (s) => s.departmentIds.map((id) => ({ __typename: 'Department' as const, id })),
  parties: (s) => s.parties.map((p) => ({ name: p.name, role: p.role as 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY' })),
  recordedBy: (s) => user(s.recordedBy),
  // Minutes follow the parties' rule: numbers typed into them are masked for whoever sees the parties masked.
  async minutes(s, _, ctx) {
    const c = await ctx.loaders.caseById.load(s.caseId);
    return c && ctx.queries.maySeePartyPii(ctx, c) ? s.minutes : maskPiiInText(s.minutes);
  },
};

export const MediationAgreement: MediationAgreementResolvers = {
  // The agreement names the parties: the text follows their masking rule, as Case.agreement does.
  async text(a, _, ctx) {
    return ctx.queries.maySeePartyPii(ctx, a.caseEntity) ? a.caseEntity.agreement! : maskPiiInText(a.caseEntity.agreement!);
  },
  signedAt: (a) => a.caseEntity.resolvedAt!,
  parties: (a, _, ctx) => partiesOf(a.caseEntity, ctx),
  async judiciallyConfirmed(a, _, ctx) {
    return (await ctx.loaders.confirmationsByCaseId.load(a.caseEntity.id)).some((x) => x.status === 'CONFIRMED');
  },
};

export const JudicialConfirmation: JudicialConfirmationResolvers = {
  court: (x) => ({ __typename: 'Department' as const, id: x.courtDepartmentId }),
  appliedBy: (x) => user(x.appliedBy),
};
