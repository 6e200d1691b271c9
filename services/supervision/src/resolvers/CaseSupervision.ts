import type { CaseSupervisionResolvers } from '../generated/resolvers-types';
import { highestLevel } from '../domain/risk-rules';
import { isOverdue, stateOf } from '../domain/supervision-view';

/** A case's deadline as of the request's instant, its letters, visit and risk warnings. */
export const CaseSupervision: CaseSupervisionResolvers = {
  deadlineAt: (v) => v.deadlineAt,
  deadlineStarted: (v) => v.deadlineStarted,
  startedAt: (v) => v.startedAt,
  warningAt: (v) => v.warningAt,
  ladderStepKey: (v) => v.stepKey,
  ladderStepName: (v) => v.stepName,
  stepDeadlineAt: (v) => v.stepDeadlineAt,
  overallDeadlineAt: (v) => v.overallDeadlineAt,
  state: (v, _, ctx) => stateOf(v, ctx.now),
  overdue: (v, _, ctx) => isOverdue(v, ctx.now),
  warning: (v, _, ctx) => stateOf(v, ctx.now) === 'WARNING',
  warnedAt: (v) => v.warnedAt,
  overdueNotifiedAt: (v) => v.overdueAt,
  letters: (v, _, ctx) => ctx.loaders.lettersByCaseId.load(v.caseId),
  followUp: (v, _, ctx) => ctx.loaders.followUpByCaseId.load(v.caseId),
  async riskLevel(v, _, ctx) {
    return highestLevel(await ctx.loaders.riskHitsByCaseId.load(v.caseId));
  },
  riskWarnings: (v, _, ctx) => ctx.loaders.riskHitsByCaseId.load(v.caseId),
};
