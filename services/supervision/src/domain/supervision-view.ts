/**
 * `Case.supervision` as seen now: from the read-model row and its deadline, or — for a case the
 * consumer has not reached yet (intaken a moment ago) — from its latest snapshot in the log.
 *
 * `deadlineAt` is non-null in the contract. Before acceptance it is the provisional deadline counted
 * from receipt with the case's complexity (GENERAL when not yet classified), with
 * `deadlineStarted: false` and state NOT_STARTED, so a board can show "due by" from intake on.
 */
import type { DeadlineState } from '../generated/resolvers-types';
import type { CaseDeadlineRules } from './policy-versions';
import { computeDeadline, deadlineRuns, OPEN_STATUSES, type CaseRow, type DeadlineRow } from './read-model';
import type { CaseStatus } from './stats';

/** What `Case.supervision` is computed from: the read-model row (or the latest snapshot) and its deadline. */
export interface SupervisionView {
  caseId: string;
  regionCode: string;
  status: CaseStatus;
  /** false when the case is not in the read model yet and was read from the log. */
  tracked: boolean;
  deadlineStarted: boolean;
  /** The deadline runs (case being handled). */
  running: boolean;
  startedAt: Date | null;
  deadlineAt: Date;
  warningAt: Date;
  warnedAt: Date | null;
  overdueAt: Date | null;
  /** Sticky overdue flag of the read model (ran past a deadline at some point). */
  overdueFlag: boolean;
  /** The ladder step the deadline belongs to (null without ladder terms). */
  stepKey: string | null;
  stepName: string | null;
  /** The step's own deadline: deadlineAt on a step with working days, null at the top or off the ladder. */
  stepDeadlineAt: Date | null;
  /** The overall deadline known in advance (see read-model.ts). */
  overallDeadlineAt: Date;
}

/** The graph's `DeadlineState` enum. */
export type DeadlineStateName = DeadlineState;

/** `rules`: the deadline rules of the policy version the case runs under (policy-versions.ts). */
export function viewOf(row: CaseRow, deadline: DeadlineRow | null, tracked: boolean, rules: CaseDeadlineRules): SupervisionView {
  const base = { caseId: row.caseId, regionCode: row.regionCode, status: row.status, tracked, overdueFlag: row.overdue };
  if (deadline) {
    return {
      ...base,
      deadlineStarted: true,
      running: deadline.open,
      startedAt: deadline.startedAt,
      deadlineAt: deadline.deadlineAt,
      warningAt: deadline.warningAt,
      warnedAt: deadline.warnedAt,
      overdueAt: deadline.overdueAt,
      stepKey: deadline.stepKey,
      stepName: deadline.stepName,
      stepDeadlineAt: deadline.stepDeadlineAt,
      overallDeadlineAt: deadline.overallDeadlineAt,
    };
  }
  const running = !tracked && deadlineRuns(row);
  // Not tracked yet but already accepted (the log is ahead of the consumer): the deadline it will get.
  const d = computeDeadline(running ? row : { ...row, acceptedAt: null, reopenedAt: null }, rules.deadlinePolicy, rules.calendar);
  return {
    ...base,
    deadlineStarted: running,
    running,
    startedAt: running ? d.startedAt : null,
    deadlineAt: d.deadlineAt,
    warningAt: d.warningAt,
    warnedAt: null,
    overdueAt: null,
    stepKey: d.stepKey,
    stepName: d.stepName,
    stepDeadlineAt: d.stepDeadlineAt,
    overallDeadlineAt: d.overallDeadlineAt,
  };
}

export function stateOf(v: SupervisionView, now: Date): DeadlineStateName {
  // Not running: waiting for (re-)acceptance while open (e.g. transferred to another level), else stopped.
  if (!v.running) return OPEN_STATUSES.includes(v.status) ? 'NOT_STARTED' : 'STOPPED';
  if (now.getTime() > v.deadlineAt.getTime()) return 'OVERDUE';
  if (now.getTime() >= v.warningAt.getTime()) return 'WARNING';
  return 'ON_TRACK';
}

/** Overdue: past the deadline while being handled; once stopped, whether it ever ran late. */
export function isOverdue(v: SupervisionView, now: Date): boolean {
  return v.running ? now.getTime() > v.deadlineAt.getTime() : v.overdueFlag;
}
