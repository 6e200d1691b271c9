/** 联合会商 (1+5+N): opening a joint consultation of departments on a case, and recording its one decision. */
import crypto from 'node:crypto';
import { DomainError, ValidationErrors, authorize, conflict, notFound } from '@zz/common';
import type { ConsultationEntity } from '../store/entities/consultation.entity';
import { optionalNote, validateCaseId } from '../domain/assignment';
import {
  assertCanConsult, assertRequiredKinds, assertUndecided, requiredKindsFor, validateAttendees, validateConsultation, validateDecision, type AttendeeInput,
} from '../domain/consultation';
import type { Actor, At, CaseChanges } from './case-changes';

export async function openConsultation(cx: CaseChanges, actor: Actor, input: { caseId: string; departmentIds: string[]; topic: string }, opts: At = {}): Promise<ConsultationEntity> {
  authorize(actor.identity, 'Mutation.openConsultation');
  const caseId = validateCaseId(input.caseId, 'input.caseId');
  const v = validateConsultation({ topic: input.topic, departmentIds: input.departmentIds });
  let created: ConsultationEntity | null = null;
  await cx.change(actor, caseId, 'Mutation.openConsultation', async (c, at) => {
    assertCanConsult(c.status);
    // Unknown or out-of-jurisdiction departments first (named by index), then the 1+5 rule of the case's county.
    const departments = await cx.checkDepartments(actor, v.departmentIds, (id) => `input.departmentIds.${v.departmentIds.indexOf(id)}`);
    assertRequiredKinds(requiredKindsFor(cx.rulesOf(c).consultation, c.regionCode), departments.map((d) => d.kind));
    const consultationId = crypto.randomUUID();
    return {
      decision: cx.record(c, 'openConsultation'), note: v.topic,
      details: { consultationId, topic: v.topic, departmentIds: v.departmentIds },
      extra: async (tx) => {
        created = await tx.consultations.insert({
          id: consultationId, caseId: c.id, topic: v.topic, departmentIds: v.departmentIds, convenedByCenterId: c.handlingCenterId,
          openedAt: at, openedBy: actor.identity.userId,
        });
      },
    };
  }, opts);
  return created!;
}

/**
 * The consultation's decision: responsibility split, plan and who attended. One per consultation.
 * Attendees are staff of the convened departments; their names stay on the consultation row (the
 * ledger and the dispatch log get only how many attended), like any personal name.
 */
export async function decideConsultation(cx: CaseChanges, actor: Actor, input: { consultationId: string; responsibilitySplit: string; plan: string; note?: string | null; attendees?: readonly AttendeeInput[] | null }, opts: At = {}): Promise<ConsultationEntity> {
  authorize(actor.identity, 'Mutation.recordConsultationDecision');
  const consultationId = validateCaseId(input.consultationId, 'input.consultationId');
  const d = validateDecision(input);
  const errors = new ValidationErrors();
  const note = optionalNote(errors, input.note, 'input.note');
  errors.throwIfAny();
  const [consultation] = await cx.store.consultations.byIds([consultationId]);
  if (!consultation) throw notFound('会商不存在 / consultation not found');
  let decided: ConsultationEntity | null = null;
  await cx.change(actor, consultation.caseId, 'Mutation.recordConsultationDecision', async (c, at) => {
    assertUndecided(consultation.decidedAt);
    // Inside the case's jurisdiction check: whether a department was convened is the case's business.
    const attendees = validateAttendees(input.attendees, consultation.departmentIds);
    return {
      decision: cx.record(c, 'decideConsultation'), note,
      details: { consultationId, responsibilitySplit: d.responsibilitySplit, plan: d.plan, attendeeCount: attendees.length },
      extra: async (tx) => {
        decided = await tx.consultations.decide(consultationId, { ...d, attendees, decidedAt: at, decidedBy: actor.identity.userId });
        if (!decided) throw conflict('该会商已记录决定 / the consultation already has a decision');
      },
    };
  }, opts).catch((err) => {
    // The consultation exists; a case out of scope reads as "consultation not found".
    if (err instanceof DomainError && err.code === 'NOT_FOUND') throw notFound('会商不存在 / consultation not found');
    throw err;
  });
  return decided!;
}
