/**
 * 一人一案: a case marked high-risk (命案风险, 个人极端, 群体性事件 …) is one case, one leader, one plan.
 *
 * Decisions:
 * - Marking is its own act with a reason (markHighRisk), by the window or a leader, while the case is
 *   open; it is not undone here (a lower risk is a decision for the leader's review, recorded in a
 *   revised plan).
 * - Such a case cannot be accepted past REGISTERED until a leader has taken it (领导包案) and its plan is
 *   recorded (measures, responsible person, review date): acceptCase answers BAD_USER_INPUT naming
 *   `leader` or `riskPlan`, the first that is missing, and writes nothing.
 * - The plan can be revised while the case is open (the ledger keeps each version); its review date
 *   must not lie in the past.
 * - The plan's text stays in the case: the ledger and the dispatch event carry only the review date.
 */
import { ValidationErrors, badInput, conflict } from '@zz/common';
import { type CaseStatus, isOpen } from './case-status';
import { requiredText } from './intake';

export interface RiskPlanRecord {
  measures: string;
  responsiblePerson: string;
  /** ISO date-time of the next review. */
  reviewDate: string;
  recordedAt: string;
  recordedBy: string | null;
}

export interface RiskPlanInput {
  caseId: string;
  measures: string;
  responsiblePerson: string;
  reviewDate: Date | string;
}

export function validateRiskReason(reason: unknown): string {
  const errors = new ValidationErrors();
  const text = requiredText(errors, reason, 'input.reason', '高风险原因', { min: 2, max: 500 });
  errors.throwIfAny();
  return text!;
}

export function validateRiskPlan(input: RiskPlanInput, now: Date): Omit<RiskPlanRecord, 'recordedAt' | 'recordedBy'> {
  const errors = new ValidationErrors();
  const measures = requiredText(errors, input.measures, 'input.measures', '稳控化解措施', { min: 5, max: 2000 });
  const responsiblePerson = requiredText(errors, input.responsiblePerson, 'input.responsiblePerson', '责任人', { min: 2, max: 50 });
  const review = new Date(input.reviewDate);
  if (Number.isNaN(review.getTime())) errors.add('input.reviewDate', '复核日期无效');
  else if (review.getTime() < now.getTime() - 24 * 3600_000) errors.add('input.reviewDate', '复核日期不能早于今天');
  errors.throwIfAny();
  return { measures: measures!, responsiblePerson: responsiblePerson!, reviewDate: review.toISOString() };
}

export function checkMarkable(status: CaseStatus, highRisk: boolean): void {
  if (!isOpen(status)) throw conflict('案件已化解、分流或终结 / the case is no longer open');
  if (highRisk) throw conflict('案件已标记为高风险 / the case is already marked high-risk');
}

export function checkPlannable(status: CaseStatus, highRisk: boolean): void {
  if (!isOpen(status)) throw conflict('案件已化解、分流或终结 / the case is no longer open');
  if (!highRisk) throw conflict('案件未标记为高风险，无需一人一案方案 / the case is not marked high-risk');
}

/** Before acceptance: a high-risk case needs its leader and its plan (BAD_USER_INPUT naming what is missing). */
export function checkAcceptable(c: { highRisk: boolean; leaderId: string | null; riskPlan: RiskPlanRecord | null }): void {
  if (!c.highRisk) return;
  if (!c.leaderId) throw badInput('一人一案：高风险案件须先由领导包案，方可受理 / a high-risk case needs its leader first', 'leader');
  if (!c.riskPlan) throw badInput('一人一案：高风险案件须先制定化解方案（措施、责任人、复核日期），方可受理 / a high-risk case needs its plan first', 'riskPlan');
}
