/**
 * Joint consultation (会商, "1+5+N"): the center convenes the departments a case needs (court,
 * procuratorate, police, justice, petition, plus N related units), and the meeting's output is
 * recorded: who is responsible for what (责任分工) and the resolution plan (化解方案).
 *
 * Decisions:
 * - A consultation is for a case being worked on: ACCEPTED, ASSIGNED or IN_MEDIATION. Not before
 *   acceptance (nobody owns it yet) and not after it is settled; CONFLICT otherwise.
 * - At least two departments (a joint meeting of one is an assignment), at most 30, no repeats.
 * - A consultation gets one decision; recording a second is CONFLICT (a new meeting is a new
 *   consultation, so both stay on record).
 * - Opening one does not change the case status: it is a step of the work, recorded in the ledger.
 */
import { ValidationErrors, conflict, isUuid } from '@zz/common';
import { CASE_STATUS_LABELS, type CaseStatus } from './case-status';
import { requiredText } from './intake';

export const CONSULTATION_LIMITS = {
  topic: { min: 2, max: 200 },
  departments: { min: 2, max: 30 },
  decisionText: { min: 2, max: 5000 },
} as const;

const CONSULTABLE: ReadonlySet<CaseStatus> = new Set(['ACCEPTED', 'ASSIGNED', 'IN_MEDIATION']);

export interface ConsultationInput {
  topic: string;
  departmentIds: readonly string[];
}

export interface DecisionInput {
  responsibilitySplit: string;
  plan: string;
}


/** Trimmed topic and lower-cased department ids; BAD_USER_INPUT naming `input.topic` / `input.departmentIds.N`. */
export function validateConsultation(input: ConsultationInput): { topic: string; departmentIds: string[] } {
  const errors = new ValidationErrors();
  const topic = requiredText(errors, input.topic, 'input.topic', '会商议题', CONSULTATION_LIMITS.topic);
  const ids: string[] = [];
  const list = Array.isArray(input.departmentIds) ? input.departmentIds : [];
  const { min, max } = CONSULTATION_LIMITS.departments;
  if (list.length < min || list.length > max) {
    errors.add('input.departmentIds', `联合会商需要 ${min}–${max} 个参会部门（现为 ${list.length} 个）`);
  }
  list.forEach((id, i) => {
    const v = typeof id === 'string' ? id.trim().toLowerCase() : '';
    if (!isUuid(v)) errors.add(`input.departmentIds.${i}`, '部门编号无效');
    else if (ids.includes(v)) errors.add(`input.departmentIds.${i}`, '参会部门重复');
    else ids.push(v);
  });
  errors.throwIfAny();
  return { topic: topic!, departmentIds: ids };
}

export function validateDecision(input: DecisionInput): DecisionInput {
  const errors = new ValidationErrors();
  const responsibilitySplit = requiredText(errors, input.responsibilitySplit, 'input.responsibilitySplit', '责任分工', CONSULTATION_LIMITS.decisionText);
  const plan = requiredText(errors, input.plan, 'input.plan', '化解方案', CONSULTATION_LIMITS.decisionText);
  errors.throwIfAny();
  return { responsibilitySplit: responsibilitySplit!, plan: plan! };
}

export function canConsult(status: CaseStatus): boolean {
  return CONSULTABLE.has(status);
}

/** CONFLICT unless a consultation may be opened on a case in this status. */
export function assertCanConsult(status: CaseStatus): void {
  if (!canConsult(status)) {
    throw conflict(
      `案件当前状态为「${CASE_STATUS_LABELS[status] ?? status}」(${status})，不能召开联合会商；仅已受理、已交办、调解中的案件可以会商 / ` +
        `Cannot open a consultation on a case in status ${status}`,
    );
  }
}

/** CONFLICT when the consultation already has its decision. */
export function assertUndecided(decidedAt: Date | null): void {
  if (decidedAt) throw conflict('该会商已记录决定，如需再议请另行召开会商 / The consultation already has a decision');
}
