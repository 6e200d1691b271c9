/**
 * 领导包案: a leader of the jurisdiction takes an open case personally; one ledger entry and one
 * CASE_LEADER_ASSIGNED event through the shared path (case-changes.ts: role, jurisdiction, version).
 */
import { ValidationErrors, authorize, isUuid } from '@zz/common';
import { inJurisdiction } from '../domain/access';
import type { CaseEntity } from '../store/entities/case.entity';
import { optionalNote, validateCaseId } from '../domain/assignment';
import { checkDesignate, checkTake } from '../domain/leader';
import { type Actor, type At, type CaseChanges, forbiddenField } from './case-changes';

export async function takeCase(cx: CaseChanges, actor: Actor, id: string, note: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.takeCase');
  const errors = new ValidationErrors();
  const text = optionalNote(errors, note, 'note');
  errors.throwIfAny();
  const userId = actor.identity.userId ?? null;
  return cx.change(actor, id, 'Mutation.takeCase', async (c, at) => {
    checkTake(c.status, c.leaderId, userId);
    const me = await cx.directory.user(userId!);
    return {
      decision: cx.record(c, 'takeCase'),
      patch: { leaderId: userId, leaderSince: at, leaderName: me?.displayName ?? null },
      note: text,
      details: { leaderId: userId },
    };
  }, opts);
}

export interface DesignateLeaderInput {
  caseId: string;
  leaderId: string;
  note?: string | null;
}

/**
 * 指定包案领导: a supervisor (or a leader) names the leader who leads a case; the same ledger entry
 * kind and CASE_LEADER_ASSIGNED event as taking it, with who was replaced. The leader named is an id
 * of the request: it must lie in the caller's jurisdiction (FORBIDDEN naming `input.leaderId`).
 */
export async function assignCaseLeader(cx: CaseChanges, actor: Actor, input: DesignateLeaderInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.assignCaseLeader');
  const caseId = validateCaseId(input.caseId, 'input.caseId');
  const errors = new ValidationErrors();
  if (!isUuid(input.leaderId)) errors.add('input.leaderId', '领导编号格式不正确 / malformed leader id');
  const text = optionalNote(errors, input.note, 'input.note');
  errors.throwIfAny();
  return cx.change(actor, caseId, 'Mutation.assignCaseLeader', async (c, at) => {
    const leader = await cx.directory.user(input.leaderId);
    if (leader && !inJurisdiction(actor.scope, leader.regionCode)) {
      throw forbiddenField('该领导不在您的辖区内 / the leader is outside your jurisdiction', 'input.leaderId');
    }
    checkDesignate(c.status, c.leaderId, c.regionCode, leader);
    return {
      decision: cx.record(c, 'assignCaseLeader'),
      patch: { leaderId: leader!.id, leaderSince: at, leaderName: leader!.displayName },
      note: text,
      details: { leaderId: leader!.id, previousLeaderId: c.leaderId },
    };
  }, opts);
}
