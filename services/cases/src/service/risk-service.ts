/**
 * 一人一案: marking a case high-risk (with the reason) and recording its plan; both are ledger entries
 * through the shared path (case-changes.ts). Acceptance checks them (routing-service.ts).
 */
import { authorize } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { type RiskPlanInput, checkMarkable, checkPlannable, validateRiskPlan, validateRiskReason } from '../domain/risk-plan';
import type { Actor, At, CaseChanges } from './case-changes';

export async function markHighRisk(cx: CaseChanges, actor: Actor, input: { caseId: string; reason: string }, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.markHighRisk');
  const reason = validateRiskReason(input.reason);
  return cx.change(actor, input.caseId, 'Mutation.markHighRisk', async (c) => {
    checkMarkable(c.status, c.highRisk);
    return { decision: cx.record(c, 'markHighRisk'), patch: { highRisk: true, riskReason: reason }, note: reason };
  }, opts);
}

export async function recordRiskPlan(cx: CaseChanges, actor: Actor, input: RiskPlanInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.recordRiskPlan');
  const plan = validateRiskPlan(input, cx.now(opts));
  return cx.change(actor, input.caseId, 'Mutation.recordRiskPlan', async (c, at) => {
    checkPlannable(c.status, c.highRisk);
    return {
      decision: cx.record(c, 'recordRiskPlan'),
      patch: { riskPlan: { ...plan, recordedAt: at.toISOString(), recordedBy: actor.identity.userId ?? null } },
      details: { reviewDate: plan.reviewDate, revised: c.riskPlan !== null },
    };
  }, opts);
}
