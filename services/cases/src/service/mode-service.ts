/**
 * 化解方式: the center moves an open case along the resolution path (即时调解 → 专业调解 → 联合调解)
 * with a reason; the outside routes are set by referral (closing-service.ts). One ledger entry and
 * one dispatch event per change, through the shared path (case-changes.ts).
 */
import { authorize } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { type ModeChangeInput, checkModeChange, modeDetails, validateModeChange } from '../domain/resolution-mode';
import type { Actor, At, CaseChanges } from './case-changes';

export async function changeMode(cx: CaseChanges, actor: Actor, input: ModeChangeInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.changeResolutionMode');
  const { mode, reason } = validateModeChange(input);
  return cx.change(actor, input.caseId, 'Mutation.changeResolutionMode', async (c) => {
    checkModeChange(c.status, c.resolutionMode, mode);
    return {
      decision: cx.record(c, 'changeResolutionMode'),
      patch: { resolutionMode: mode },
      note: reason,
      details: modeDetails(c.resolutionMode, mode),
    };
  }, opts);
}
