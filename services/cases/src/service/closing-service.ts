/**
 * How a case leaves the process, and comes back: referral to arbitration / court / review (引导分流),
 * closing (办结), withdrawal (撤回), and reopening (重新办理) after e.g. an unsatisfied follow-up.
 */
import { ValidationErrors, authorize, caseDeadlineFor } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { validateReason } from '../domain/intake';
import { optionalNote, validateRoute } from '../domain/assignment';
import { modeAfterReopen, modeDetails, modeOfReferral } from '../domain/resolution-mode';
import type { Actor, At, CaseChanges } from './case-changes';

export async function refer(cx: CaseChanges, actor: Actor, id: string, route: string, note: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.referCase');
  const r = validateRoute(route);
  const errors = new ValidationErrors();
  const text = optionalNote(errors, note, 'note');
  errors.throwIfAny();
  // The referral is the change of mode: the route becomes the case's resolution mode.
  return cx.change(actor, id, 'Mutation.referCase', async (c) => ({
    decision: cx.decide(c, { type: 'refer', route: r }), patch: { referralRoute: r, resolutionMode: modeOfReferral(r) }, note: text,
    details: { route: r, ...modeDetails(c.resolutionMode, modeOfReferral(r)) },
  }), opts);
}

export async function close(cx: CaseChanges, actor: Actor, id: string, note: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.closeCase');
  const errors = new ValidationErrors();
  const text = optionalNote(errors, note, 'note');
  errors.throwIfAny();
  return cx.change(actor, id, 'Mutation.closeCase', async (c, at) => ({
    decision: cx.decide(c, { type: 'close' }), patch: { closedAt: at }, note: text,
  }), opts);
}

export async function withdraw(cx: CaseChanges, actor: Actor, id: string, reason: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.withdrawCase');
  const why = reason === null || reason === undefined || reason.trim() === '' ? undefined : validateReason(reason, 'reason');
  return cx.change(actor, id, 'Mutation.withdrawCase', async (c) => ({
    decision: cx.decide(c, { type: 'withdraw', reason: why }), note: why ?? null,
  }), opts);
}

/** 重新办理 (e.g. after an unsatisfied follow-up): back to ACCEPTED at the same step, fresh deadline. */
export async function reopen(cx: CaseChanges, actor: Actor, id: string, reason: string, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.reopenCase');
  const why = validateReason(reason, 'reason');
  return cx.change(actor, id, 'Mutation.reopenCase', async (c, at) => ({
    decision: cx.decide(c, { type: 'reopen', reason: why }), note: why,
    patch: {
      reopenCount: c.reopenCount + 1, resolvedAt: null, resolvedLevel: null, closedAt: null, agreement: null, referralRoute: null,
      acceptedAt: at, deadlineAt: caseDeadlineFor(cx.rulesOf(c), c.regionCode, c.complexity ?? 'GENERAL', at),
      resolutionMode: modeAfterReopen(c.resolutionMode),
    },
    details: { previousStatus: c.status, agreement: c.agreement, referralRoute: c.referralRoute, ...modeDetails(c.resolutionMode, modeAfterReopen(c.resolutionMode)) },
  }), opts);
}
