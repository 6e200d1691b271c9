/** 调解会: recording one sitting of a case's mediation (who, where, minutes, how it ended). */
import crypto from 'node:crypto';
import { SERVICE_IDENTITY, authorize, badInput } from '@zz/common';
import type { MediationSessionEntity } from '../store/entities/mediation-session.entity';
import { validateCaseId } from '../domain/assignment';
import { type SessionInput, assertCanRecordSession, validateSession } from '../domain/mediation-session';
import { type Actor, type At, type CaseChanges, SOURCE, forbiddenField } from './case-changes';

/** Each mediator must be known and inside the caller's jurisdiction (FORBIDDEN naming the field otherwise). */
async function checkMediators(cx: CaseChanges, actor: Actor, ids: readonly string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    if (await cx.directory.mediator(id, actor.identity)) continue;
    const field = `input.mediators.${i}.mediatorId`;
    if (await cx.directory.mediator(id, SERVICE_IDENTITY(SOURCE))) throw forbiddenField('调解员不在您的辖区内 / the mediator is outside your jurisdiction', field);
    throw badInput('调解员不存在 / unknown mediator', field);
  }
}

export async function recordSession(cx: CaseChanges, actor: Actor, input: SessionInput & { caseId: string }, opts: At = {}): Promise<MediationSessionEntity> {
  authorize(actor.identity, 'Mutation.recordMediationSession');
  const caseId = validateCaseId(input.caseId, 'input.caseId');
  let created: MediationSessionEntity | null = null;
  await cx.change(actor, caseId, 'Mutation.recordMediationSession', async (c, at) => {
    const parties = await cx.store.parties.byCaseIds([c.id]);
    const v = validateSession(input, { receivedAt: c.receivedAt, parties }, at);
    assertCanRecordSession(c.status);
    await checkMediators(cx, actor, v.mediators.map((m) => m.mediatorId));
    await cx.checkDepartments(actor, v.departmentIds, (id) => `input.departmentIds.${v.departmentIds.indexOf(id)}`);
    const sessionId = crypto.randomUUID();
    const roleOf = new Map(parties.map((p) => [p.name.trim(), p.role]));
    return {
      decision: cx.record(c, 'recordSession'),
      // Names and minutes stay out of the ledger's details and the dispatch log (PII); the session row holds them.
      details: {
        sessionId, heldAt: v.heldAt.toISOString(), place: v.place, outcome: v.outcome, partyCount: v.partyNames.length,
        mediatorIds: v.mediators.map((m) => m.mediatorId), departmentIds: v.departmentIds,
      },
      extra: async (tx) => {
        created = await tx.sessions.insert({
          id: sessionId, caseId: c.id, heldAt: v.heldAt, place: v.place,
          parties: v.partyNames.map((name) => ({ name, role: roleOf.get(name) ?? 'THIRD_PARTY' })),
          mediators: v.mediators, departmentIds: v.departmentIds, minutes: v.minutes, outcome: v.outcome,
          recordedAt: at, recordedBy: actor.identity.userId,
        });
      },
    };
  }, opts);
  return created!;
}
