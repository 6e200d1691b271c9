/**
 * 化解方式 (the resolution path): the mode a case is being settled in, stepwise 即时调解 → 专业调解 →
 * 联合调解（五方联调）→ 仲裁 / 诉讼 / 行政复议.
 *
 * Decisions:
 * - A case starts in INSTANT at intake: the window tries to settle simple matters on the spot
 *   (简单矛盾现场处理), so every case has a mode from its first ledger entry.
 * - The three mediation modes are chosen by the center (changeResolutionMode, reason required) while
 *   the case is open. The three outside routes are the referral itself: referCase sets the mode to
 *   its route, so a case is never "in litigation" while it still sits in the center's queue.
 * - Reopening a referred case brings it back to the center in PROFESSIONAL mediation (it already
 *   went past the spot); a case reopened after mediation keeps its mode.
 * - Every change records { fromMode, toMode } in its ledger entry's details: that is the history.
 */
import { RESOLUTION_MODES, ValidationErrors, badInput, conflict, type ResolutionMode } from '@zz/common';
import { type CaseStatus, type ReferralRoute, isOpen } from './case-status';
import { validateReason } from './intake';

/** The shared vocabulary (@zz/common, the SDL enum). */
export { RESOLUTION_MODES, type ResolutionMode };

/** The modes the center itself settles in (the others are referral routes). */
export const MEDIATION_MODES: readonly ResolutionMode[] = ['INSTANT', 'PROFESSIONAL', 'JOINT'];

export const RESOLUTION_MODE_LABELS: Readonly<Record<ResolutionMode, string>> = {
  INSTANT: '即时调解',
  PROFESSIONAL: '专业调解',
  JOINT: '联合调解（五方联调）',
  ARBITRATION: '仲裁',
  LITIGATION: '诉讼',
  ADMINISTRATIVE_REVIEW: '行政复议',
};

/** The mode of a new case. */
export const INITIAL_RESOLUTION_MODE: ResolutionMode = 'INSTANT';

export interface ModeChangeInput {
  caseId: string;
  mode: string;
  reason: string;
}

/** Input checks before the case is read: a mediation mode, then a reason (BAD_USER_INPUT naming the field). */
export function validateModeChange(input: ModeChangeInput): { mode: ResolutionMode; reason: string } {
  const errors = new ValidationErrors();
  const mode = input.mode as ResolutionMode;
  if (!(RESOLUTION_MODES as readonly string[]).includes(input.mode)) {
    errors.add('input.mode', '化解方式无效 / unknown resolution mode');
  } else if (!MEDIATION_MODES.includes(mode)) {
    errors.add('input.mode', '仲裁、诉讼、行政复议请使用「引导分流」 / outside routes are set by referCase');
  }
  errors.throwIfAny();
  return { mode, reason: validateReason(input.reason, 'input.reason') };
}

/** The decision on the case as it stands: open, and not already in that mode. */
export function checkModeChange(status: CaseStatus, current: ResolutionMode, next: ResolutionMode): void {
  if (!isOpen(status)) throw conflict('案件已化解、分流或终结，不能再调整化解方式 / the case is no longer open');
  if (current === next) throw badInput(`案件已在${RESOLUTION_MODE_LABELS[next]}中 / the case is already in this mode`, 'input.mode');
}

/** The mode after a referral (its route). */
export const modeOfReferral = (route: ReferralRoute): ResolutionMode => route;

/** The mode after reopening: back from an outside route to professional mediation, else unchanged. */
export function modeAfterReopen(current: ResolutionMode): ResolutionMode {
  return MEDIATION_MODES.includes(current) ? current : 'PROFESSIONAL';
}

/** The ledger details of a change of mode ({} when the mode stays): the history is read back from these. */
export function modeDetails(from: ResolutionMode, to: ResolutionMode): { fromMode?: ResolutionMode; toMode?: ResolutionMode } {
  return from === to ? {} : { fromMode: from, toMode: to };
}

/** A ledger entry as the history of the mode shows it. */
export interface ModeHistoryEntry {
  mode: ResolutionMode;
  fromMode: ResolutionMode | null;
  at: Date;
  actorId: string | null;
  action: string;
  reason: string | null;
  version: number;
}

/** The entries of a case's ledger that set its mode (details.toMode), oldest first. */
export function modeHistory(entries: readonly { at: Date; actorId: string | null; action: string; note: string | null; version: number; details: Record<string, unknown> }[]): ModeHistoryEntry[] {
  return entries
    .filter((e) => typeof e.details?.toMode === 'string')
    .map((e) => ({
      mode: e.details.toMode as ResolutionMode,
      fromMode: (e.details.fromMode as ResolutionMode | undefined) ?? null,
      at: e.at, actorId: e.actorId, action: e.action, reason: e.note, version: e.version,
    }))
    .sort((a, b) => a.version - b.version);
}
