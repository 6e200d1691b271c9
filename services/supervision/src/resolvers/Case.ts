import type { CaseResolvers, CaseSupervisionResolvers } from '../generated/resolvers-types';
import { highestLevel } from '../domain/risk-rules';
import { isOverdue, stateOf } from '../service/views';

export const Case: CaseResolvers = {
  /** Scoped by the read model's region code: out of scope (or unknown) → null. */
  async __resolveReference(ref, ctx) {
    return (await ctx.loaders.supervision.load(ref.id)) ? { id: ref.id } : null;
  },
  async supervision(c, _, ctx) {
    const view = await ctx.loaders.supervision.load(c.id);
    // A case reference that reached this field was resolved (and scoped) above, or came from one of
    // our own lists, which only hold cases of the read model.
    if (!view) throw new Error(`case ${c.id} has no supervision view`);
    return view;
  },
};

export const CaseSupervision: CaseSupervisionResolvers = {
  deadlineAt: (v) => v.deadlineAt,
  deadlineStarted: (v) => v.deadlineStarted,
  startedAt: (v) => v.startedAt,
  warningAt: (v) => v.warningAt,
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
