/**
 * How supervision's read model follows the cases subgraph's events: one row per case, rebuilt from
 * the CaseSnapshot each case event carries (`data.case`, the case after the change), plus what only
 * supervision knows (the overdue flag, the follow-up rating, when the case was last reopened).
 *
 * Decisions:
 * - The snapshot is the truth about the case; supervision never reads the cases schema. Fields the
 *   snapshot does not carry are kept from the previous row.
 * - The deadline runs while the case is being handled at a center: status ACCEPTED, ASSIGNED or
 *   IN_MEDIATION with an acceptance time. It starts at the snapshot's acceptedAt, or at the latest
 *   reopening when that is later (a reopened case gets a fresh deadline: CaseSnapshot.reopenCount).
 *   Whether an escalation restarts it is the cases subgraph's call (it moves acceptedAt or not).
 * - A case accepted without a complexity (should not happen: acceptCase requires one) runs on the
 *   GENERAL deadline.
 * - `overdue` is sticky: once a case has run past a deadline (CASE_OVERDUE fired, or it was settled
 *   after its deadline before the scheduler noticed) it counts as overdue in the statistics for good,
 *   reopened or not — the lateness happened.
 * - A reopening clears the follow-up rating: the visit rated the resolution that was undone.
 * - Deadlines follow the escalation ladder (四级七天). On a ladder step with working days, the
 *   deadline the case is held to (deadlineAt: warnings, overdue, 督办函) is the step's: its days on the
 *   working calendar from when the case entered the step (intake, escalation, transfer, reopening),
 *   the same count as the cases subgraph's step times. Escalation starts the next step's clock, so escalating on time never makes a case look late. At
 *   the top step (the county center, no step days) and for cases without ladder terms (events
 *   written before them) the complexity deadline applies, from the later of the step's entry and the
 *   (re)acceptance.
 * - The overall deadline (overallDeadlineAt) is known in advance: on a step with days, the working
 *   days of this step and every step above it that has days, from the step's start (the end of the
 *   ladder: day 7 of 四级七天 for a case that started at the grid); at the top or without a ladder it
 *   is the deadline itself.
 */
import { deadlineFor, OPEN_CASE_STATUSES, RESOLUTION_MODES, type Complexity, type ResolutionMode, type DeadlinePolicy, type WorkingCalendar } from '@zz/common';
import { type CaseSnapshot } from '@zz/events';
import { warningAt } from './deadlines';
import type { LetterKind, Satisfaction } from './accountability';
import type { CaseStatus, Channel, DisputeType, ResolvedLevel } from './stats';
import type { RiskCaseFacts } from './risk-rules';

export interface CaseRow {
  caseId: string;
  code: string;
  regionId: string;
  regionCode: string;
  channel: Channel;
  type: DisputeType;
  complexity: Complexity | null;
  status: CaseStatus;
  level: string | null;
  resolvedLevel: ResolvedLevel | null;
  leadDepartmentId: string | null;
  departmentIds: string[];
  receivedAt: Date;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  reopenedAt: Date | null;
  reopenCount: number;
  escalationCount: number;
  applicantCount: number;
  amountInDispute: string | null;
  partyKeys: string[];
  overdue: boolean;
  rating: Satisfaction | null;
  /** 化解方式 the case is being settled in (null: events written before cases recorded it). */
  resolutionMode: ResolutionMode | null;
  /** 领导包案: the leader who leads the case, or null. */
  leaderId: string | null;
  /** The lead mediator (主办): the person accountability, evaluation and 以案定补 attribute the case to. */
  mediatorId?: string | null;
  lastEventId: string;
  /** The county policy version the case runs under (CaseSnapshot.policyVersion; 0: the start configuration). */
  policyVersion?: number;
  /** The ladder step's terms from the latest snapshot (not stored: the deadline row keeps what alerts need). */
  ladder?: LadderPosition | null;
  /** The center handling the case, from the latest snapshot (not stored: only the letters it issues need it). */
  handlingCenterId?: string | null;
}

/** Where a case stands on the escalation ladder, as the cases subgraph put it in the snapshot. */
export interface LadderPosition {
  stepKey: string;
  stepName: string;
  enteredAt: Date;
  /** Working days of the step; null at the top (no step deadline). */
  days: number | null;
  /** Working days of the steps above that have a deadline. */
  laterDays: number;
}

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/** The ladder position of a snapshot; null for events written before snapshots carried it. */
export function ladderOf(s: CaseSnapshot): LadderPosition | null {
  if (!s.ladderStep || !s.stepEnteredAt || Number.isNaN(Date.parse(s.stepEnteredAt))) return null;
  const days = count(s.stepDays);
  return {
    stepKey: s.ladderStep,
    stepName: s.ladderStepName?.trim() || s.ladderStep,
    enteredAt: new Date(s.stepEnteredAt),
    days: days === 0 ? null : days,
    laterDays: count(s.laterStepDays) ?? 0,
  };
}

/** Statuses in which the handling deadline runs. */
export const DEADLINE_STATUSES: readonly CaseStatus[] = ['ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'];
/** Open = work under way (the overdue board's and the scheduler's population). */
export const OPEN_STATUSES = OPEN_CASE_STATUSES;
/** Settled: handled at the center, with or without resolution. */
export const SETTLED_STATUSES: readonly CaseStatus[] = ['RESOLVED', 'REFERRED', 'CLOSED'];

const date = (v: string | null | undefined): Date | null => (v ? new Date(v) : null);

/** Is this event's payload a case snapshot (a case event of the cases subgraph)? */
export function snapshotOf(data: object | null | undefined): CaseSnapshot | null {
  // Checked, not trusted: the log keeps events written by older versions for years.
  const c = (data as { case?: CaseSnapshot } | null | undefined)?.case;
  if (!c || typeof c !== 'object' || typeof c.id !== 'string' || typeof c.regionCode !== 'string' || typeof c.receivedAt !== 'string') return null;
  return c;
}

/** The read-model row after an event: the snapshot, plus what supervision keeps itself. */
export function rowFromSnapshot(s: CaseSnapshot, previous: CaseRow | null, eventId: string, occurredAt: Date): CaseRow {
  const reopened = previous !== null && (s.reopenCount ?? 0) > previous.reopenCount;
  return {
    caseId: s.id,
    code: s.code,
    regionId: s.regionId,
    regionCode: s.regionCode,
    channel: s.channel as Channel,
    type: s.type as DisputeType,
    complexity: (s.complexity as Complexity | null) ?? null,
    status: s.status as CaseStatus,
    level: s.level ?? null,
    resolvedLevel: (s.resolvedLevel as ResolvedLevel | null) ?? null,
    leadDepartmentId: s.leadDepartmentId ?? null,
    departmentIds: Array.isArray(s.departmentIds) ? [...s.departmentIds] : [],
    receivedAt: new Date(s.receivedAt),
    acceptedAt: date(s.acceptedAt),
    resolvedAt: date(s.resolvedAt),
    closedAt: date(s.closedAt),
    reopenedAt: reopened ? occurredAt : (previous?.reopenedAt ?? null),
    reopenCount: s.reopenCount ?? 0,
    escalationCount: s.escalationCount ?? 0,
    applicantCount: s.applicantCount ?? 0,
    amountInDispute: s.amountInDispute ?? null,
    partyKeys: [...new Set((s.partyKeys ?? []).filter((k) => typeof k === 'string' && k.trim() !== ''))].sort(),
    overdue: previous?.overdue ?? false,
    rating: reopened ? null : (previous?.rating ?? null),
    resolutionMode: (RESOLUTION_MODES as readonly string[]).includes(s.resolutionMode ?? '') ? (s.resolutionMode as ResolutionMode) : null,
    // Absent (older events): keep what the row had; null: no leader (any more).
    leaderId: s.leaderId === undefined ? (previous?.leaderId ?? null) : s.leaderId,
    // Absent (events before mediators): keep what the row had.
    mediatorId: s.mediatorId === undefined ? (previous?.mediatorId ?? null) : s.mediatorId,
    lastEventId: eventId,
    policyVersion: count(s.policyVersion) ?? 0,
    ladder: ladderOf(s),
    handlingCenterId: s.handlingCenterId ?? null,
  };
}

export function deadlineRuns(row: Pick<CaseRow, 'status' | 'acceptedAt'>): boolean {
  return DEADLINE_STATUSES.includes(row.status) && row.acceptedAt !== null;
}

/** When the current deadline started: the acceptance, or the latest reopening if later. */
export function deadlineStart(row: Pick<CaseRow, 'acceptedAt' | 'reopenedAt' | 'receivedAt'>): Date {
  const a = row.acceptedAt ?? row.receivedAt;
  return row.reopenedAt && row.reopenedAt.getTime() > a.getTime() ? row.reopenedAt : a;
}

export interface ComputedDeadline {
  /** When the current clock started: the step's start on a ladder, else the acceptance / reopening. */
  startedAt: Date;
  complexity: Complexity;
  /** The deadline the case is held to now: the step's on a ladder step with days. */
  deadlineAt: Date;
  warningAt: Date;
  /** The ladder step the deadline belongs to (null without ladder terms). */
  stepKey: string | null;
  stepName: string | null;
  /** The step's own deadline (= deadlineAt) on a step with working days; null at the top or off the ladder. */
  stepDeadlineAt: Date | null;
  /** The overall deadline known in advance (the end of the ladder's steps with days). */
  overallDeadlineAt: Date;
}

/** The deadline of a case's current acceptance / reopening as kept, with the alerts fired for it. */
export interface DeadlineRow extends ComputedDeadline {
  caseId: string;
  regionCode: string;
  warnedAt: Date | null;
  overdueAt: Date | null;
  open: boolean;
  settledAt: Date | null;
}

export function computeDeadline(
  row: Pick<CaseRow, 'acceptedAt' | 'reopenedAt' | 'receivedAt' | 'complexity' | 'ladder'>,
  policy: DeadlinePolicy,
  calendar: WorkingCalendar,
): ComputedDeadline {
  const accepted = deadlineStart(row);
  const complexity = row.complexity ?? 'GENERAL';
  const step = row.ladder ?? null;
  const onStep = step !== null && step.days !== null;
  // A step's days count from entering it, as the cases subgraph's step times do (so Case.stepTimes'
  // `exceeded` and supervision's overdue agree); the complexity deadline at the top from the later of
  // entry and (re)acceptance.
  const startedAt = onStep || (step && step.enteredAt.getTime() > accepted.getTime()) ? step!.enteredAt : accepted;
  const deadlineAt = onStep ? calendar.addWorkingDays(startedAt, step.days!) : deadlineFor(complexity, startedAt, policy, calendar);
  return {
    startedAt,
    complexity,
    deadlineAt,
    warningAt: warningAt(startedAt, deadlineAt, policy),
    stepKey: step?.stepKey ?? null,
    stepName: step?.stepName ?? null,
    stepDeadlineAt: onStep ? deadlineAt : null,
    overallDeadlineAt: onStep ? calendar.addWorkingDays(startedAt, step.days! + step.laterDays) : deadlineAt,
  };
}

/** The automatic letter a case event issues, if any (受理告知单 on acceptance, 交办单 on assignment, 反馈单 on an outcome). */
export function automaticLetterFor(kind: string, row: Pick<CaseRow, 'leadDepartmentId'>, previous: Pick<CaseRow, 'leadDepartmentId'> | null): LetterKind | null {
  switch (kind) {
    case 'CASE_ACCEPTED':
      return 'ACCEPTANCE_NOTICE';
    case 'CASE_ASSIGNED':
      return 'ASSIGNMENT';
    // A reroute hands the case to another department: it gets its own 交办单.
    case 'CASE_REROUTED':
      return row.leadDepartmentId && row.leadDepartmentId !== previous?.leadDepartmentId ? 'ASSIGNMENT' : null;
    case 'CASE_RESOLVED':
    case 'MEDIATION_FAILED':
    case 'CASE_REFERRED':
      return 'FEEDBACK';
    default:
      return null;
  }
}

/** Default text of an automatic letter, by the event that issued it. */
export const AUTOMATIC_LETTER_NOTES: Readonly<Record<string, string>> = Object.freeze({
  CASE_ACCEPTED: '已受理，将在办理时限内调处化解',
  CASE_ASSIGNED: '案件已交办，请牵头部门按时限办理并反馈',
  CASE_REROUTED: '案件已改派，请新的牵头部门按时限办理并反馈',
  CASE_RESOLVED: '调解成功，纠纷已化解',
  MEDIATION_FAILED: '调解未成功，请研究下一步化解措施',
  CASE_REFERRED: '已导出至仲裁、诉讼或行政复议程序',
});

export function riskFacts(row: CaseRow): RiskCaseFacts {
  return {
    caseId: row.caseId,
    code: row.code,
    regionCode: row.regionCode,
    type: row.type,
    channel: row.channel,
    receivedAt: row.receivedAt,
    applicantCount: row.applicantCount,
    partyKeys: row.partyKeys,
    escalationCount: row.escalationCount,
    amountInDispute: row.amountInDispute === null ? null : Number(row.amountInDispute),
    status: row.status,
  };
}
