/**
 * Validation of routing inputs (分流交办): assignment of a lead department, co-departments and/or a
 * mediator, and re-routing when the lead department says "not ours".
 *
 * Decisions:
 * - The lead is `leadDepartmentId`, or else the first of `departmentIds`; the others assist. The
 *   lead may be repeated in `departmentIds` (it is listed once).
 * - Departments given → they replace the case's current departments; mediators given (`mediators`,
 *   or the deprecated single `mediatorId` as the lead) → they replace the current mediators (rules
 *   in handlers.ts); what is not given is kept (assign a mediator later without touching the
 *   departments). At least one of the two is required.
 * - At most 20 departments on one case (a larger group is a consultation, not an assignment).
 * - Optional notes are at most 1000 characters; outcome texts (agreement, failure reason) 2–5000.
 */
import { ValidationErrors, isUuid } from '@zz/common';
import { LIMITS, requiredText } from './intake';
import { type DepartmentKindInput, type JointMediationKind, type MediatorHandler, type MediatorHandlerInput, validateHandlers } from './handlers';
import { MEDIATION_OUTCOMES, REFERRAL_ROUTES, type MediationOutcome, type ReferralRoute } from './case-status';

const MAX_DEPARTMENTS = 20;
const NOTE_MAX = 1000;
const OUTCOME_TEXT = { min: 2, max: 5000 };
const length = (s: string) => [...s].length;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function uuid(errors: ValidationErrors, value: unknown, field: string, label: string): string | null {
  if (typeof value === 'string' && isUuid(value.trim())) return value.trim().toLowerCase();
  errors.add(field, `${label}编号无效`);
  return null;
}

/** An optional free-text note: trimmed, null when blank, at most 1000 characters. */
export function optionalNote(errors: ValidationErrors, value: unknown, field: string, label = '备注'): string | null {
  if (blank(value)) return null;
  if (typeof value !== 'string') {
    errors.add(field, `${label}必须是文字`);
    return null;
  }
  const t = value.trim();
  if (length(t) > NOTE_MAX) errors.add(field, `${label}不能超过 ${NOTE_MAX} 个字符（现为 ${length(t)} 个）`);
  return t;
}

export interface AssignInput {
  caseId: string;
  departmentIds?: readonly string[] | null;
  leadDepartmentId?: string | null;
  /** Deprecated in the graph: one mediator, as the lead. */
  mediatorId?: string | null;
  mediators?: readonly MediatorHandlerInput[] | null;
  departmentKinds?: readonly DepartmentKindInput[] | null;
  note?: string | null;
}

export interface ValidAssignment {
  caseId: string;
  /** null: departments are not changed. */
  leadDepartmentId: string | null;
  /** Lead first, then the assisting departments; empty when departments are not changed. */
  departmentIds: string[];
  /** null: the mediators are not changed; else lead first (handlers.ts). */
  mediators: MediatorHandler[] | null;
  /** The lead mediator of `mediators` (null: not changed). */
  mediatorId: string | null;
  departmentKinds: Record<string, JointMediationKind>;
  kindFields: string[];
  note: string | null;
  /** Where each department id came from, for error paths of later checks (e.g. unknown ids). */
  fieldOf: Record<string, string>;
}

export function validateAssignment(input: AssignInput): ValidAssignment {
  const errors = new ValidationErrors();
  const caseId = uuid(errors, input.caseId, 'input.caseId', '案件');
  const fieldOf: Record<string, string> = {};
  const ids: string[] = [];
  const list = input.departmentIds ?? [];
  if (!Array.isArray(list)) errors.add('input.departmentIds', '承办部门必须是列表');
  else {
    if (list.length > MAX_DEPARTMENTS) errors.add('input.departmentIds', `一次最多交办 ${MAX_DEPARTMENTS} 个部门（现为 ${list.length} 个）`);
    list.forEach((raw, i) => {
      const id = uuid(errors, raw, `input.departmentIds.${i}`, '部门');
      if (!id) return;
      if (ids.includes(id)) errors.add(`input.departmentIds.${i}`, '承办部门重复');
      else {
        ids.push(id);
        fieldOf[id] = `input.departmentIds.${i}`;
      }
    });
  }
  let lead: string | null = null;
  if (!blank(input.leadDepartmentId)) {
    lead = uuid(errors, input.leadDepartmentId, 'input.leadDepartmentId', '牵头部门');
    if (lead) fieldOf[lead] = fieldOf[lead] ?? 'input.leadDepartmentId';
  } else if (ids.length) {
    lead = ids[0];
  }
  const departmentIds = lead ? [lead, ...ids.filter((d) => d !== lead)] : [];
  const handlers = validateHandlers(errors, input, departmentIds);
  if (Array.isArray(list) && list.length === 0 && blank(input.leadDepartmentId) && blank(input.mediatorId) && (input.mediators === undefined || input.mediators === null)) {
    errors.add('input.departmentIds', '须指定承办部门（牵头部门、协办部门）或调解员');
  }
  const note = optionalNote(errors, input.note, 'input.note');
  errors.throwIfAny();
  return { caseId: caseId!, leadDepartmentId: lead, departmentIds, ...handlers, mediatorId: handlers.mediators?.[0]?.mediatorId ?? null, note, fieldOf };
}

export interface RerouteInput {
  caseId: string;
  reason: string;
  departmentId: string;
}

export function validateReroute(input: RerouteInput): { caseId: string; reason: string; departmentId: string } {
  const errors = new ValidationErrors();
  const caseId = uuid(errors, input.caseId, 'input.caseId', '案件');
  const reason = requiredText(errors, input.reason, 'input.reason', '改派理由', LIMITS.reason);
  const departmentId = uuid(errors, input.departmentId, 'input.departmentId', '新承办部门');
  errors.throwIfAny();
  return { caseId: caseId!, reason: reason!, departmentId: departmentId! };
}

export interface OutcomeInput {
  caseId: string;
  outcome: string;
  agreement?: string | null;
  note?: string | null;
}

/** RESOLVED needs the agreement (调解协议), FAILED the reason (in `note`). */
export function validateOutcome(input: OutcomeInput): { caseId: string; outcome: MediationOutcome; agreement: string | null; note: string | null } {
  const errors = new ValidationErrors();
  const caseId = uuid(errors, input.caseId, 'input.caseId', '案件');
  let outcome: MediationOutcome | null = null;
  if ((MEDIATION_OUTCOMES as readonly string[]).includes(input.outcome)) outcome = input.outcome as MediationOutcome;
  else errors.add('input.outcome', '调解结果应为 RESOLVED 或 FAILED');
  let agreement: string | null = null;
  let note: string | null = null;
  if (outcome === 'RESOLVED') {
    agreement = requiredText(errors, input.agreement, 'input.agreement', '调解协议内容', OUTCOME_TEXT);
    note = optionalNote(errors, input.note, 'input.note');
  } else if (outcome === 'FAILED') {
    note = requiredText(errors, input.note, 'input.note', '调解未成功的原因', OUTCOME_TEXT);
    if (!blank(input.agreement)) errors.add('input.agreement', '调解未成功时不能填写调解协议');
  }
  errors.throwIfAny();
  return { caseId: caseId!, outcome: outcome!, agreement, note };
}

export function validateRoute(route: unknown, field = 'route'): ReferralRoute {
  const errors = new ValidationErrors();
  if (!(REFERRAL_ROUTES as readonly string[]).includes(route as string)) errors.add(field, '分流途径应为 ARBITRATION、LITIGATION 或 ADMINISTRATIVE_REVIEW');
  errors.throwIfAny();
  return route as ReferralRoute;
}

export interface MergeInput {
  caseId: string;
  intoCaseId: string;
  reason?: string | null;
}

export function validateMerge(input: MergeInput): { caseId: string; intoCaseId: string; reason: string | null } {
  const errors = new ValidationErrors();
  const caseId = uuid(errors, input.caseId, 'input.caseId', '被合并案件');
  const intoCaseId = uuid(errors, input.intoCaseId, 'input.intoCaseId', '合并目标案件');
  if (caseId && intoCaseId && caseId === intoCaseId) errors.add('input.intoCaseId', '不能把案件合并到它自己');
  const reason = blank(input.reason) ? null : requiredText(errors, input.reason, 'input.reason', '合并理由', LIMITS.reason);
  errors.throwIfAny();
  return { caseId: caseId!, intoCaseId: intoCaseId!, reason };
}

/** A single case id argument (malformed → BAD_USER_INPUT `id`). */
export function validateCaseId(id: unknown, field = 'id'): string {
  const errors = new ValidationErrors();
  const v = uuid(errors, id, field, '案件');
  errors.throwIfAny();
  return v!;
}
