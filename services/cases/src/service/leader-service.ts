/**
 * 领导包案: a leader of the jurisdiction takes an open case personally; one ledger entry and one
 * CASE_LEADER_ASSIGNED event through the shared path (case-changes.ts: role, jurisdiction, version).
 */
import { ValidationErrors, authorize } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { optionalNote } from '../domain/assignment';
import { checkTake } from '../domain/leader';
import type { Actor, At, CaseChanges } from './case-changes';

export async function takeCase(cx: CaseChanges, actor: Actor, id: string, note: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.takeCase');
  const errors = new ValidationErrors();
  const text = optionalNote(errors, note, 'note');
  errors.throwIfAny();
  const userId = actor.identity.userId ?? null;
  return cx.change(actor, id, 'Mutation.takeCase', async (c, at) => {
    checkTake(c.status, c.leaderId, userId);
    return {
      decision: cx.record(c, 'takeCase'),
      patch: { leaderId: userId, leaderSince: at },
      note: text,
      details: { leaderId: userId },
    };
  }, opts);
}
