/**
 * The closed-loop alerts built on the handling deadlines (临期预警 / 超期督办).
 *
 * The deadline itself (complexity → days, calendar or working days, counted from acceptance) is the
 * platform's one rule in @zz/common (deadlineFor, DeadlinePolicy, and the per-county resolution
 * deadlinePolicyFor), shared with the cases subgraph's Case.deadlineAt.
 *
 * Decisions:
 * - The deadline instant itself is still on time: a case is OVERDUE only strictly after it, so a
 *   case resolved exactly at its deadline is not counted as overdue.
 * - The warning starts at `warningShare` of the span acceptance → deadline (default 80%: day 4 of
 *   a 5-day case), inclusive.
 * - Alerts are edge-triggered and fire at most once per case and deadline; see dueAlerts.
 */
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from '@zz/common';

/** The instant at `warningShare` of the span acceptance → deadline (rounded to the millisecond). */
export function warningAt(acceptedAt: Date, deadlineAt: Date, policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY): Date {
  const span = deadlineAt.getTime() - acceptedAt.getTime();
  // A deadline at or before acceptance (bad data) leaves no span to warn in.
  if (span <= 0) return new Date(deadlineAt.getTime());
  return new Date(acceptedAt.getTime() + Math.round(span * policy.warningShare));
}

export type DeadlineState = 'ON_TRACK' | 'WARNING' | 'OVERDUE';

export function deadlineState(now: Date, acceptedAt: Date, deadlineAt: Date, policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY): DeadlineState {
  if (now.getTime() > deadlineAt.getTime()) return 'OVERDUE';
  if (now.getTime() >= warningAt(acceptedAt, deadlineAt, policy).getTime()) return 'WARNING';
  return 'ON_TRACK';
}

export interface TrackedDeadline {
  readonly caseId: string;
  readonly acceptedAt: Date;
  /** The current deadline; it moves when complexity changes or the case is reopened. */
  readonly deadlineAt: Date;
  /** When a DEADLINE_WARNING was last fired for this case, if ever. */
  readonly warnedAt: Date | null;
  /** When a CASE_OVERDUE was last fired for this case, if ever. */
  readonly overdueAt: Date | null;
  /** false once resolved, referred, closed, rejected or withdrawn. */
  readonly open: boolean;
}

export type DeadlineAlertKind = 'DEADLINE_WARNING' | 'CASE_OVERDUE';

export interface DeadlineAlert {
  readonly caseId: string;
  readonly kind: DeadlineAlertKind;
  readonly deadlineAt: Date;
}

/**
 * The alerts a periodic scan should fire now. The caller records `warnedAt` / `overdueAt` = now for
 * each fired alert, so the next scan does not fire it again.
 *
 * Why the recorded timestamps are compared with the current deadline rather than just tested for
 * null: a deadline that moved (complexity changed, case reopened) must get its own alerts, without
 * the caller having to remember to clear the old ones. A recorded alert belongs to the current
 * deadline when it could only have been fired under it:
 * - a warning: warnedAt within [warningAt, deadlineAt] of the current deadline;
 * - an overdue: overdueAt after the current deadline.
 * An earlier, stale alert therefore never suppresses a fresh one. (A warning fired under an old
 * deadline that happens to fall inside the new warning window counts as given: the people in
 * charge were warned while the case was in that window, repeating it is noise.)
 *
 * Only the most severe due alert fires: a case found already overdue (scan down, deadline
 * shortened) gets CASE_OVERDUE without a belated warning. Closed cases fire nothing. The output
 * keeps the input order; a case listed twice fires once.
 */
export function dueAlerts(
  tracked: readonly TrackedDeadline[],
  now: Date,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): DeadlineAlert[] {
  const alerts: DeadlineAlert[] = [];
  const seen = new Set<string>();
  for (const t of tracked) {
    if (!t.open) continue;
    const key = `${t.caseId}|${t.deadlineAt.getTime()}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const state = deadlineState(now, t.acceptedAt, t.deadlineAt, policy);
    if (state === 'OVERDUE') {
      const alreadyFired = t.overdueAt !== null && t.overdueAt.getTime() > t.deadlineAt.getTime();
      if (!alreadyFired) alerts.push({ caseId: t.caseId, kind: 'CASE_OVERDUE', deadlineAt: t.deadlineAt });
    } else if (state === 'WARNING') {
      const from = warningAt(t.acceptedAt, t.deadlineAt, policy).getTime();
      const alreadyFired = t.warnedAt !== null && t.warnedAt.getTime() >= from && t.warnedAt.getTime() <= t.deadlineAt.getTime();
      if (!alreadyFired) alerts.push({ caseId: t.caseId, kind: 'DEADLINE_WARNING', deadlineAt: t.deadlineAt });
    }
  }
  return alerts;
}
