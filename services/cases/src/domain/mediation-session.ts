/**
 * 调解会 (a mediation session): one sitting of a mediation — when, where (the 调解室 or a named
 * 调解工作室), who was there (parties of the case, the mediators with their roles, attending
 * departments), the minutes (笔录) and how that sitting ended.
 *
 * Decisions:
 * - Sessions are recorded while the case is IN_MEDIATION: before that nobody mediates, and once it
 *   is settled the last sitting is already on record (CONFLICT otherwise).
 * - Recording a session does not change the case status, even when it ended AGREED: settling the
 *   case stays recordMediationOutcome (which carries the agreement), so a paper minute entered late
 *   never resolves a case by itself.
 * - The parties present are named as on the case (names are compared trimmed); at least one. At least
 *   one mediator, at most one LEAD (主持), no mediator or department twice.
 * - heldAt lies between the case's registration and now (+5 minutes of clock skew).
 */
import { ValidationErrors, conflict, isUuid } from '@zz/common';
import { CASE_STATUS_LABELS, type CaseStatus } from './case-status';
import { requiredText } from './intake';

export const SESSION_OUTCOMES = ['AGREED', 'PARTIAL', 'NO_AGREEMENT', 'ADJOURNED'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];
export type SessionRole = 'LEAD' | 'ASSIST';

export const SESSION_OUTCOME_LABELS: Record<SessionOutcome, string> = {
  AGREED: '达成协议', PARTIAL: '部分达成协议', NO_AGREEMENT: '未达成协议', ADJOURNED: '休会',
};

export const SESSION_LIMITS = {
  place: { min: 2, max: 100 },
  minutes: { min: 5, max: 20000 },
  parties: { max: 200 },
  mediators: { max: 10 },
  departments: { max: 20 },
  clockSkewMs: 5 * 60_000,
} as const;

export interface SessionInput {
  heldAt: Date | string;
  place: string;
  partyNames: readonly string[];
  mediators: readonly { mediatorId: string; role: SessionRole }[];
  departmentIds?: readonly string[] | null;
  minutes: string;
  outcome: SessionOutcome;
}

export interface ValidSession {
  heldAt: Date;
  place: string;
  partyNames: string[];
  mediators: { mediatorId: string; role: SessionRole }[];
  departmentIds: string[];
  minutes: string;
  outcome: SessionOutcome;
}

/** What the case contributes to the check: its parties and when it was registered. */
export interface SessionCase {
  receivedAt: Date;
  parties: readonly { name: string; role: string }[];
}

function ids(errors: ValidationErrors, list: readonly string[], field: string, fieldOf: (i: number) => string, label: string, max: number): string[] {
  const out: string[] = [];
  if (list.length > max) errors.add(field, `${label}至多 ${max} 个`);
  list.forEach((id, i) => {
    const v = typeof id === 'string' ? id.trim().toLowerCase() : '';
    if (!isUuid(v)) errors.add(fieldOf(i), `${label}编号无效`);
    else if (out.includes(v)) errors.add(fieldOf(i), `${label}重复`);
    out.push(v);
  });
  return out;
}

/** BAD_USER_INPUT naming each wrong field (`input.heldAt`, `input.partyNames.1`, `input.mediators.0.mediatorId` …). */
export function validateSession(input: SessionInput, c: SessionCase, now: Date): ValidSession {
  const errors = new ValidationErrors();
  const heldAt = new Date(input.heldAt as string);
  if (Number.isNaN(heldAt.getTime())) errors.add('input.heldAt', '调解时间无效');
  else if (heldAt.getTime() > now.getTime() + SESSION_LIMITS.clockSkewMs) errors.add('input.heldAt', '调解时间不能晚于现在');
  // Screens pick a time to the minute: a sitting in the minute the case was registered is not "before" it.
  else if (heldAt.getTime() < Math.floor(new Date(c.receivedAt).getTime() / 60_000) * 60_000) errors.add('input.heldAt', '调解时间不能早于案件登记时间');
  const place = requiredText(errors, input.place, 'input.place', '调解地点', SESSION_LIMITS.place);
  const minutes = requiredText(errors, input.minutes, 'input.minutes', '调解笔录', SESSION_LIMITS.minutes);
  if (!SESSION_OUTCOMES.includes(input.outcome)) errors.add('input.outcome', '调解结果无效');

  const names = Array.isArray(input.partyNames) ? input.partyNames : [];
  const known = new Set(c.parties.map((p) => p.name.trim()));
  const partyNames: string[] = [];
  if (!names.length) errors.add('input.partyNames', '至少一名当事人到场');
  if (names.length > SESSION_LIMITS.parties.max) errors.add('input.partyNames', `到场当事人至多 ${SESSION_LIMITS.parties.max} 名`);
  names.forEach((n, i) => {
    const v = typeof n === 'string' ? n.trim() : '';
    if (!known.has(v)) errors.add(`input.partyNames.${i}`, '不是本案当事人');
    else if (partyNames.includes(v)) errors.add(`input.partyNames.${i}`, '当事人重复');
    else partyNames.push(v);
  });

  const ms = Array.isArray(input.mediators) ? input.mediators : [];
  if (!ms.length) errors.add('input.mediators', '至少一名调解员参加');
  const mediatorIds = ids(errors, ms.map((m) => m?.mediatorId), 'input.mediators', (i) => `input.mediators.${i}.mediatorId`, '调解员', SESSION_LIMITS.mediators.max);
  if (ms.filter((m) => m?.role === 'LEAD').length > 1) errors.add('input.mediators', '主持调解员只能有一名');
  ms.forEach((m, i) => {
    if (m?.role !== 'LEAD' && m?.role !== 'ASSIST') errors.add(`input.mediators.${i}.role`, '调解员角色无效');
  });
  const departmentIds = ids(errors, input.departmentIds ?? [], 'input.departmentIds', (i) => `input.departmentIds.${i}`, '部门', SESSION_LIMITS.departments.max);
  errors.throwIfAny();
  return {
    heldAt, place: place!, partyNames, minutes: minutes!, outcome: input.outcome, departmentIds,
    mediators: ms.map((m, i) => ({ mediatorId: mediatorIds[i], role: m.role })),
  };
}

export function canRecordSession(status: CaseStatus): boolean {
  return status === 'IN_MEDIATION';
}

/** CONFLICT unless the case is being mediated. */
export function assertCanRecordSession(status: CaseStatus): void {
  if (!canRecordSession(status)) {
    throw conflict(
      `案件当前状态为「${CASE_STATUS_LABELS[status] ?? status}」(${status})，不能记录调解会；请先开始调解 / ` +
        `Cannot record a mediation session on a case in status ${status}`,
    );
  }
}
