/**
 * The case state machine (案件状态流转).
 *
 *   REGISTERED ─accept→ ACCEPTED ─assign→ ASSIGNED ─startMediation→ IN_MEDIATION ─recordOutcome RESOLVED→ RESOLVED ─close→ CLOSED
 *   REGISTERED|ACCEPTED ─reject→ REJECTED                (does not belong at this level; reason required)
 *   REGISTERED|ACCEPTED ─transfer→ REGISTERED            (rejected at this level and routed to the center of the level it
 *                                                         belongs to: reason + target step, see transferStep)
 *   ASSIGNED ─assign|reroute→ ASSIGNED                   (re-assignment; reroute = a department said "not ours": reason + new department)
 *   IN_MEDIATION ─recordOutcome FAILED→ ASSIGNED, mediationFailed
 *   ACCEPTED|ASSIGNED ─escalate→ ACCEPTED at the next ladder step (the new center's queue; CONFLICT at the top)
 *   ASSIGNED|IN_MEDIATION ─refer→ REFERRED ─close→ CLOSED (ARBITRATION | LITIGATION | ADMINISTRATIVE_REVIEW)
 *   RESOLVED|CLOSED ─reopen→ ACCEPTED                    (reason required, e.g. an unsatisfied follow-up)
 *   any open status ─withdraw|merge→ WITHDRAWN           (applicant withdrew / merged into another case)
 *
 * Decisions:
 * - Open = REGISTERED, ACCEPTED, ASSIGNED, IN_MEDIATION (work under way, counts toward overdue).
 *   RESOLVED, REFERRED and CLOSED are settled but not terminal (they can still be closed or
 *   reopened). Terminal = no action possible = REJECTED, WITHDRAWN.
 * - No escalation straight from IN_MEDIATION: the failed outcome is recorded first (FAILED puts the
 *   case back in ASSIGNED with `mediationFailed`), so every failed attempt at a level is on record
 *   for the ladder and 631 statistics. Referral from IN_MEDIATION is allowed: guiding parties to
 *   arbitration or court is how a failed mediation usually ends (调解 → 仲裁 → 诉讼).
 * - After a failed mediation the next step must be: retry (startMediation, or assign another
 *   mediator first), escalate or refer; withdraw and merge stay possible. Reroute does not: the
 *   department has already handled it.
 * - RESOLVED only comes from mediation; a department settling the substance is recorded as its
 *   mediation (startMediation, then recordOutcome RESOLVED).
 * - Escalation and reopening clear `mediationFailed`; reopening keeps the ladder step (the same
 *   center takes the case up again).
 * - `transition` checks the status only; `applyAction` also applies the `mediationFailed` rule and
 *   the ladder (step after escalation, CONFLICT at the top). Services use `applyAction`.
 * - Required payloads (reasons, department, route, target case) are checked before the status, as
 *   BAD_USER_INPUT, because input is validated before the case is even looked at.
 * - `transfer` is how "rejected at a level it does not belong to and re-routed" is recorded: unlike
 *   reject it does not end the case; it goes back to REGISTERED in the queue of the center of the
 *   level it belongs to (up or down: 矛盾不上交 also means the county sends a village matter down),
 *   at that level's first ladder step. Only before assignment (REGISTERED, ACCEPTED): once a
 *   department has it, "not ours" is a reroute.
 */
import { CASE_STATUSES, DomainError, OPEN_CASE_STATUSES, badInput, enumValues, type CaseStatus } from '@zz/common';
import type { MediationOutcome as SdlMediationOutcome, ReferralRoute as SdlReferralRoute } from '../generated/resolvers-types';
import { type CenterLevel, type Ladder, type RegionLevel, findStep, initialStep, nextStep } from './ladder';
import { validateReason } from './intake';

export { CASE_STATUSES, type CaseStatus };

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  REGISTERED: '已登记',
  ACCEPTED: '已受理',
  ASSIGNED: '已交办',
  IN_MEDIATION: '调解中',
  RESOLVED: '已化解',
  REFERRED: '已分流（仲裁/诉讼/行政复议）',
  CLOSED: '已办结',
  REJECTED: '不予受理',
  WITHDRAWN: '已撤回',
};

export const REFERRAL_ROUTES = enumValues<SdlReferralRoute>()(['ARBITRATION', 'LITIGATION', 'ADMINISTRATIVE_REVIEW']);
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export const MEDIATION_OUTCOMES = enumValues<SdlMediationOutcome>()(['RESOLVED', 'FAILED']);
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

export type CaseAction =
  | { type: 'accept' }
  | { type: 'reject'; reason: string }
  | { type: 'transfer'; reason: string; toStepKey: string }
  | { type: 'assign' }
  | { type: 'reroute'; reason: string; departmentId: string }
  | { type: 'startMediation' }
  | { type: 'recordOutcome'; outcome: MediationOutcome }
  | { type: 'escalate'; reason: string }
  | { type: 'refer'; route: ReferralRoute }
  | { type: 'close' }
  | { type: 'withdraw'; reason?: string }
  | { type: 'reopen'; reason: string }
  | { type: 'merge'; mergedInto: string };
export type CaseActionType = CaseAction['type'];

export const CASE_ACTION_TYPES: readonly CaseActionType[] = [
  'accept', 'reject', 'transfer', 'assign', 'reroute', 'startMediation', 'recordOutcome', 'escalate', 'refer', 'close', 'withdraw',
  'reopen', 'merge',
];

export const CASE_ACTION_LABELS: Readonly<Record<CaseActionType, string>> = {
  accept: '受理',
  reject: '不予受理（退回）',
  transfer: '退回并移交（不属于本级）',
  assign: '交办',
  reroute: '改派',
  startMediation: '开始调解',
  recordOutcome: '记录调解结果',
  escalate: '上行',
  refer: '引导分流',
  close: '办结',
  withdraw: '撤回',
  reopen: '重新办理',
  merge: '合并',
};

/** Work under way: counts toward overdue and toward a mediator's load. */
export const OPEN_STATUSES = OPEN_CASE_STATUSES;
const OPEN: ReadonlySet<CaseStatus> = new Set(OPEN_STATUSES);

/** Status-level table: action → status it leads to (recordOutcome is resolved by its outcome). */
const TABLE: Readonly<Record<CaseStatus, Partial<Record<CaseActionType, CaseStatus>>>> = {
  REGISTERED: { accept: 'ACCEPTED', reject: 'REJECTED', transfer: 'REGISTERED', withdraw: 'WITHDRAWN', merge: 'WITHDRAWN' },
  ACCEPTED: { reject: 'REJECTED', transfer: 'REGISTERED', assign: 'ASSIGNED', escalate: 'ACCEPTED', withdraw: 'WITHDRAWN', merge: 'WITHDRAWN' },
  ASSIGNED: {
    assign: 'ASSIGNED', reroute: 'ASSIGNED', startMediation: 'IN_MEDIATION', escalate: 'ACCEPTED', refer: 'REFERRED',
    withdraw: 'WITHDRAWN', merge: 'WITHDRAWN',
  },
  IN_MEDIATION: { recordOutcome: 'RESOLVED', refer: 'REFERRED', withdraw: 'WITHDRAWN', merge: 'WITHDRAWN' },
  RESOLVED: { close: 'CLOSED', reopen: 'ACCEPTED' },
  REFERRED: { close: 'CLOSED' },
  CLOSED: { reopen: 'ACCEPTED' },
  REJECTED: {},
  WITHDRAWN: {},
};

/** What may follow a failed mediation (see the header). */
const AFTER_FAILED_MEDIATION: ReadonlySet<CaseActionType> = new Set(['startMediation', 'assign', 'escalate', 'refer', 'withdraw', 'merge']);

export function isOpen(status: CaseStatus): boolean {
  return OPEN.has(status);
}

export function isTerminal(status: CaseStatus): boolean {
  return allowedActions(status).length === 0;
}

/** Actions the status allows, in CASE_ACTION_TYPES order (ignores mediationFailed and the ladder). */
export function allowedActions(status: CaseStatus): CaseActionType[] {
  const row = TABLE[status];
  if (!row) return [];
  return CASE_ACTION_TYPES.filter((a) => row[a] !== undefined);
}

function actionLabel(action: CaseAction): string {
  if (action.type === 'recordOutcome') return `${CASE_ACTION_LABELS.recordOutcome}（${action.outcome === 'RESOLVED' ? '化解成功' : '调解未成功'}）`;
  return CASE_ACTION_LABELS[action.type] ?? String(action.type);
}

function illegal(status: CaseStatus, action: CaseAction, why?: string): DomainError {
  const allowed = allowedActions(status).map((a) => CASE_ACTION_LABELS[a]);
  const zh =
    `案件当前状态为「${CASE_STATUS_LABELS[status] ?? status}」(${status})，不能执行「${actionLabel(action)}」(${action.type})` +
    (why ? `：${why}` : '') +
    (allowed.length ? `；当前可执行：${allowed.join('、')}` : '；该案件已终结');
  return new DomainError('CONFLICT', `${zh} / Cannot ${action.type} a case in status ${status}`);
}

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/** Required payloads; BAD_USER_INPUT with the argument's name as field. */
function checkPayload(action: CaseAction): void {
  switch (action.type) {
    case 'reject':
    case 'escalate':
    case 'reopen':
      validateReason(action.reason, 'reason');
      return;
    case 'reroute':
      validateReason(action.reason, 'reason');
      if (blank(action.departmentId)) throw badInput('改派须指定新的承办部门', 'departmentId');
      return;
    case 'transfer':
      validateReason(action.reason, 'reason');
      if (blank(action.toStepKey)) throw badInput('移交须指定目标层级', 'routeToLevel');
      return;
    case 'recordOutcome':
      if (!(MEDIATION_OUTCOMES as readonly string[]).includes(action.outcome)) throw badInput('调解结果应为 RESOLVED 或 FAILED', 'outcome');
      return;
    case 'refer':
      if (!(REFERRAL_ROUTES as readonly string[]).includes(action.route)) {
        throw badInput('分流途径应为 ARBITRATION、LITIGATION 或 ADMINISTRATIVE_REVIEW', 'route');
      }
      return;
    case 'merge':
      if (blank(action.mergedInto)) throw badInput('合并须指定目标案件', 'mergedInto');
      return;
    case 'withdraw':
      if (action.reason !== undefined && action.reason !== null) validateReason(action.reason, 'reason');
      return;
    case 'accept':
    case 'assign':
    case 'startMediation':
    case 'close':
      return;
    default: {
      const unknown: never = action;
      throw badInput(`未知操作：${(unknown as { type?: unknown }).type}`, 'action');
    }
  }
}

/** The status after `action`, or CONFLICT when the status does not allow it. */
export function transition(status: CaseStatus, action: CaseAction): CaseStatus {
  checkPayload(action);
  const next = TABLE[status]?.[action.type];
  if (next === undefined) throw illegal(status, action);
  if (action.type === 'recordOutcome' && action.outcome === 'FAILED') return 'ASSIGNED';
  return next;
}

/** What the service stores besides the status to run the machine. */
export interface CaseState {
  status: CaseStatus;
  /** Set by a FAILED mediation outcome until mediation is retried or the case moves on. */
  mediationFailed: boolean;
  /** Current step of the escalation ladder (LadderStep.key). */
  stepKey: string;
}

/**
 * The full transition: status table, the rule after a failed mediation, and the ladder
 * (escalation moves to the next step; CONFLICT at the top). Returns a new state.
 */
export function applyAction(state: CaseState, action: CaseAction, ladder: Ladder): CaseState {
  const status = transition(state.status, action);
  if (state.status === 'ASSIGNED' && state.mediationFailed && !AFTER_FAILED_MEDIATION.has(action.type)) {
    throw illegal(state.status, action, '调解未成功后只能重新调解（可先另行指派调解员）、上行或引导分流');
  }
  const stepKey =
    action.type === 'escalate' ? nextStep(ladder, state.stepKey).key
    : action.type === 'transfer' ? findStep(ladder, action.toStepKey).key
    : state.stepKey;
  const mediationFailed =
    status === 'ASSIGNED' &&
    ((action.type === 'recordOutcome' && action.outcome === 'FAILED') || (state.mediationFailed && action.type === 'assign'));
  return { status, mediationFailed, stepKey };
}

/** Actions possible now for this case, taking mediationFailed and the top of the ladder into account. */
export function allowedActionsFor(state: CaseState, ladder: Ladder): CaseActionType[] {
  return allowedActions(state.status).filter((a) => {
    if (state.status === 'ASSIGNED' && state.mediationFailed && !AFTER_FAILED_MEDIATION.has(a)) return false;
    if (a === 'escalate') {
      try {
        nextStep(ladder, state.stepKey);
      } catch {
        return false;
      }
    }
    return true;
  });
}

export type CaseDispatchKind =
  | 'CASE_ACCEPTED' | 'CASE_REJECTED' | 'CASE_ASSIGNED' | 'CASE_REROUTED' | 'MEDIATION_STARTED' | 'MEDIATION_FAILED'
  | 'CASE_ESCALATED' | 'CASE_RESOLVED' | 'CASE_REFERRED' | 'CASE_CLOSED' | 'CASE_WITHDRAWN' | 'CASE_REOPENED' | 'CASE_MERGED';

/**
 * The dispatch event an action produces (CASE_RECEIVED comes from intake, CONSULTATION_OPENED from a
 * consultation, not from a status action). Every action produces one: the board sees every change.
 */
export function dispatchEventKind(action: CaseAction): CaseDispatchKind {
  switch (action.type) {
    case 'accept': return 'CASE_ACCEPTED';
    case 'reject': return 'CASE_REJECTED';
    case 'transfer': return 'CASE_REROUTED';
    case 'assign': return 'CASE_ASSIGNED';
    case 'reroute': return 'CASE_REROUTED';
    case 'startMediation': return 'MEDIATION_STARTED';
    case 'recordOutcome': return action.outcome === 'RESOLVED' ? 'CASE_RESOLVED' : 'MEDIATION_FAILED';
    case 'escalate': return 'CASE_ESCALATED';
    case 'refer': return 'CASE_REFERRED';
    case 'close': return 'CASE_CLOSED';
    case 'withdraw': return 'CASE_WITHDRAWN';
    case 'reopen': return 'CASE_REOPENED';
    case 'merge': return 'CASE_MERGED';
    default: {
      const unknown: never = action;
      throw badInput(`未知操作：${(unknown as { type?: unknown }).type}`, 'action');
    }
  }
}

const RANK: Readonly<Record<RegionLevel, number>> = { GRID: 0, VILLAGE: 1, TOWN: 2, COUNTY: 3 };

/**
 * The ladder step a case moves to when it is rejected at its level and routed to the center of
 * `toLevel` (transfer). BAD_USER_INPUT (field `routeToLevel`) when the case is already handled at
 * that level, or when its region lies above that level (a county-wide matter has no town to go to).
 */
export function transferStep(ladder: Ladder, currentStepKey: string, regionLevel: RegionLevel, toLevel: CenterLevel): string {
  const current = ladder.steps.find((s) => s.key === currentStepKey);
  if (current && current.centerLevel === toLevel) {
    throw badInput('案件已由该层级的综治中心办理，无需移交', 'routeToLevel');
  }
  if (RANK[regionLevel] > RANK[toLevel]) {
    throw badInput('案件所属地区高于目标层级，无法向下移交', 'routeToLevel');
  }
  return initialStep(ladder, toLevel).key;
}
