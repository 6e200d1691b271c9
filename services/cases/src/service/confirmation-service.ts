/**
 * 司法确认: the center sends a settled case's agreement to a court (applyJudicialConfirmation); the
 * court — its stationed department's account or its own system's partner token — accepts, confirms
 * with a ruling number, or refuses (decideJudicialConfirmation). Each step is a ledger entry and a
 * dispatch event of the case (ids, status and ruling number only: the agreement's text stays here).
 */
import crypto from 'node:crypto';
import { SERVICE_IDENTITY, authorize, badInput, conflict, notFound, type Facts, type Identity } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import type { JudicialConfirmationEntity } from '../store/entities/judicial-confirmation.entity';
import { validateCaseId } from '../domain/assignment';
import { type ApplicationInput, type DecisionInput, checkCanApply, decide, validateApplication } from '../domain/judicial-confirmation';
import { type Actor, type At, type CaseChanges, SOURCE } from './case-changes';

/** The court's people: a DEPARTMENT account of the court it was sent to, or the partner system it names. */
export function confirmationFacts(identity: Identity, x: Pick<JudicialConfirmationEntity, 'courtDepartmentId' | 'viaPartner'>): Facts {
  return {
    OWN_DEPARTMENT: !!identity.departmentId && identity.departmentId === x.courtDepartmentId,
    OWN_RECORD: !!identity.partner && identity.partner === x.viaPartner,
  };
}

export async function applyJudicialConfirmation(
  cx: CaseChanges, actor: Actor, input: ApplicationInput & { caseId: string }, opts: At = {},
): Promise<JudicialConfirmationEntity> {
  authorize(actor.identity, 'Mutation.applyJudicialConfirmation');
  const caseId = validateCaseId(input.caseId, 'input.caseId');
  const v = validateApplication(input);
  validateCaseId(v.courtDepartmentId, 'input.courtDepartmentId');
  let created: JudicialConfirmationEntity | null = null;
  await cx.change(actor, caseId, 'Mutation.applyJudicialConfirmation', async (c, at) => {
    checkCanApply(c, await cx.store.confirmations.byCaseIds([c.id]));
    // Departments are reference data every caller sees; the kind decides whether it is a court.
    const [court] = await cx.directory.departmentsByIds([v.courtDepartmentId], SERVICE_IDENTITY(SOURCE));
    if (!court) throw badInput('部门不存在 / unknown department', 'input.courtDepartmentId');
    if (court.kind !== 'COURT') throw badInput('司法确认须向人民法院申请 / the department is not a court', 'input.courtDepartmentId');
    const id = crypto.randomUUID();
    return {
      decision: cx.record(c, 'applyJudicialConfirmation'),
      note: v.note,
      details: { confirmationId: id, courtDepartmentId: court.id, viaPartner: v.viaPartner, status: 'APPLIED' },
      extra: async (tx) => {
        created = await tx.confirmations.insert({
          id, caseId: c.id, courtDepartmentId: court.id, viaPartner: v.viaPartner, appliedAt: at, appliedBy: actor.identity.userId, note: v.note,
        });
      },
    };
  }, opts);
  return created!;
}

export async function decideJudicialConfirmation(
  cx: CaseChanges, actor: Actor, input: DecisionInput & { confirmationId: string }, opts: At = {},
): Promise<JudicialConfirmationEntity> {
  authorize(actor.identity, 'Mutation.decideJudicialConfirmation');
  const id = validateCaseId(input.confirmationId, 'input.confirmationId');
  const found = await cx.store.confirmations.byId(id);
  if (!found) throw notFound('司法确认申请不存在 / application not found');
  let updated: JudicialConfirmationEntity | null = null;
  const facts = (_: CaseEntity) => confirmationFacts(actor.identity, found);
  await cx.change(actor, found.caseId, 'Mutation.decideJudicialConfirmation', async (c, at) => {
    const next = decide(found.status, input);
    return {
      decision: cx.record(c, 'decideJudicialConfirmation'),
      note: next.refusalReason,
      details: { confirmationId: found.id, decision: input.decision, status: next.status, rulingNumber: next.rulingNumber },
      extra: async (tx) => {
        updated = await tx.confirmations.update(found.id, found.status, {
          status: next.status,
          acceptedAt: next.accepted ? at : found.acceptedAt,
          decidedAt: next.accepted ? null : at,
          decidedBy: actor.identity.userId,
          rulingNumber: next.rulingNumber,
          refusalReason: next.refusalReason,
        });
        if (!updated) throw conflict('该申请已被他人处理 / the application was decided meanwhile');
      },
    };
  }, opts, facts);
  return updated!;
}
