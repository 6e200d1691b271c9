/** 调解: starting mediation, and its outcome (RESOLVED with the agreement, or FAILED with its reason). */
import { authorize } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { type OutcomeInput, validateOutcome } from '../domain/assignment';
import type { Actor, At, CaseChanges } from './case-changes';

export async function startMediation(cx: CaseChanges, actor: Actor, id: string, opts: At = {}): Promise<CaseEntity> {
  return cx.change(actor, id, 'Mutation.startMediation', async (c) => ({
    decision: cx.decide(c, { type: 'startMediation' }),
    details: { mediatorId: c.mediatorId, leadDepartmentId: c.leadDepartmentId },
  }), opts);
}

export async function recordOutcome(cx: CaseChanges, actor: Actor, input: OutcomeInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.recordMediationOutcome');
  const v = validateOutcome(input);
  return cx.change(actor, v.caseId, 'Mutation.recordMediationOutcome', async (c, at) => ({
    decision: cx.decide(c, { type: 'recordOutcome', outcome: v.outcome }), note: v.note,
    patch: v.outcome === 'RESOLVED' ? { resolvedAt: at, resolvedLevel: c.centerLevel, agreement: v.agreement } : {},
    // The agreement names the parties: it stays on the case (Case.agreement, masked as the parties are), never in the
    // ledger's details or the dispatch log that partners read.
    details: { outcome: v.outcome, hasAgreement: !!v.agreement, stepKey: c.ladderStep },
  }), opts);
}
